BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Vigie.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
