using System.Text.RegularExpressions;

namespace Vigie.Ingest.Sources;

/// <summary>
/// Expands what the user typed into files: a file stays itself, a folder yields its files
/// recursively (hidden ones skipped), a glob (<c>*</c>, <c>?</c>, <c>**</c>) its matches; "-" is
/// standard input. A path that matches nothing becomes a rejection, so it is reported, not lost.
/// </summary>
public static class InputPaths
{
    public const string StandardInput = "-";

    public static IEnumerable<Input> Expand(IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument == StandardInput)
            {
                yield return Input.Stdin;
            }
            else if (File.Exists(argument))
            {
                yield return Input.File(argument);
            }
            else if (Directory.Exists(argument))
            {
                foreach (var file in FilesUnder(argument))
                {
                    yield return Input.File(file);
                }
            }
            else if (argument.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var matched = false;
                foreach (var file in Glob(argument))
                {
                    matched = true;
                    yield return Input.File(file);
                }

                if (!matched)
                {
                    yield return Input.Missing(argument, "no file matches this pattern", "Check the pattern; quote it so that the shell does not expand it first");
                }
            }
            else
            {
                yield return Input.Missing(argument, "no such file or folder", "Check the path");
            }
        }
    }

    private static IEnumerable<string> FilesUnder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(file => !Path.GetFileName(file).StartsWith('.'))
            .Order(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Glob(string pattern)
    {
        var normalized = pattern.Replace('\\', '/');
        var firstWildcard = normalized.IndexOfAny(['*', '?']);
        var lastSlash = normalized.LastIndexOf('/', firstWildcard);
        var root = lastSlash < 0 ? "." : normalized[..Math.Max(lastSlash, 1)];
        if (!Directory.Exists(root))
        {
            return [];
        }

        var regex = new Regex("^" + GlobToRegex(normalized[(lastSlash + 1)..]) + "$", RegexOptions.CultureInvariant);
        return FilesUnder(root).Where(file => regex.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')));
    }

    private static string GlobToRegex(string glob)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                builder.Append(c switch { '*' => "[^/]*", '?' => "[^/]", _ => Regex.Escape(c.ToString()) });
            }
        }

        return builder.ToString();
    }
}
