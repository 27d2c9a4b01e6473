using System;
using System.Collections.Generic;

namespace Corpus.Reading.Text;

/// <summary>
/// Makes article paths relative to the project directory with <c>/</c> separators, so that generated code holds no
/// absolute path and is the same on every machine and from every checkout directory.
/// </summary>
public static class SourcePaths
{
    public static string Relative(string path, string? projectDirectory)
    {
        var file = Normalize(path);
        if (string.IsNullOrEmpty(projectDirectory))
        {
            return file.TrimStart('/');
        }

        var directory = Normalize(projectDirectory!).TrimEnd('/');
        if (file.StartsWith(directory + "/", StringComparison.Ordinal))
        {
            return file.Substring(directory.Length + 1);
        }

        return WalkUp(file, directory);
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    // A file outside the project directory: climb to the common ancestor with "..", then down to the file.
    private static string WalkUp(string file, string directory)
    {
        var fileParts = file.Split('/');
        var directoryParts = directory.Split('/');
        var common = 0;
        while (common < fileParts.Length - 1 && common < directoryParts.Length && string.Equals(fileParts[common], directoryParts[common], StringComparison.Ordinal))
        {
            common++;
        }

        if (common == 0)
        {
            // No shared root at all (another drive): there is no relative path to give.
            return file.TrimStart('/');
        }

        var parts = new List<string>();
        for (var i = common; i < directoryParts.Length; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < fileParts.Length; i++)
        {
            parts.Add(fileParts[i]);
        }

        return string.Join("/", parts);
    }
}
