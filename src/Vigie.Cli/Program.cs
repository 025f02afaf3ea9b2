Console.WriteLine("vigie");
