using System;

namespace Corpus.Generator.Pipeline;

/// <summary>Where the generated corpus keeps its article records (metadata and bodies).</summary>
internal enum StorageMode
{
    /// <summary>
    /// In generated code, as UTF-8 literals: needs nothing but the compiler, but the compiler then digests every byte
    /// of every article. The default when the package's targets are not imported.
    /// </summary>
    Inline = 0,

    /// <summary>
    /// In an embedded resource that the package's build task writes with the same reader; the generator checks that
    /// the resource holds exactly what it read. The package's default.
    /// </summary>
    Resource = 1,
}

internal static class StorageModes
{
    public const string PropertyName = "CorpusStorage";

    public static bool TryParse(string text, out StorageMode mode)
    {
        foreach (StorageMode candidate in Enum.GetValues(typeof(StorageMode)))
        {
            if (string.Equals(text.Trim(), candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = StorageMode.Inline;
        return false;
    }
}
