using System;

namespace Corpus.Reading.Junk;

/// <summary>What the reader does with spam and site furniture it finds in an article.</summary>
public enum JunkMode
{
    /// <summary>Detect junk, take it out of the paragraphs, keep it in the article's removed text and report it.</summary>
    Remove = 0,

    /// <summary>Detect and report junk, but leave the article's text as written.</summary>
    Keep = 1,

    /// <summary>Do not look for junk at all.</summary>
    Off = 2,
}

/// <summary>Reads a <see cref="JunkMode"/> from a setting's text (MSBuild property, item metadata or front matter).</summary>
public static class JunkModes
{
    /// <summary>The MSBuild property, item metadata and front-matter key that choose the mode.</summary>
    public const string PropertyName = "CorpusJunk";

    /// <summary>The item metadata that chooses the mode for one article: <c>&lt;CorpusArticle Include="a.txt" Junk="Keep" /&gt;</c>.</summary>
    public const string MetadataName = "Junk";

    /// <summary>The front-matter key that chooses the mode for one article: <c>corpus_junk: keep</c>.</summary>
    public const string FrontMatterKey = "corpus_junk";

    /// <summary>
    /// Parses <c>Remove</c>, <c>Keep</c> or <c>Off</c>, ignoring case and surrounding white space. Front matter and
    /// MSBuild users also write <c>true</c>/<c>false</c>, so <c>false</c> and <c>none</c> are read as <c>Off</c>.
    /// </summary>
    public static bool TryParse(string? text, out JunkMode mode)
    {
        mode = JunkMode.Remove;
        var value = text?.Trim().Trim('"', '\'');
        if (Is(value, "remove") || Is(value, "true"))
        {
            return true;
        }

        if (Is(value, "keep"))
        {
            mode = JunkMode.Keep;
            return true;
        }

        if (Is(value, "off") || Is(value, "false") || Is(value, "none"))
        {
            mode = JunkMode.Off;
            return true;
        }

        return false;
    }

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
