using System.Collections.Generic;
using Corpus.Reading.Model;

namespace Corpus.Reading.Extraction;

/// <summary>
/// What an article's front matter says about it. Every field is <see langword="null"/> (or empty) when the front matter
/// does not give it; whatever it gives wins over what is read from the text.
/// </summary>
internal sealed class FrontMatterFields
{
    public static FrontMatterFields None { get; } = new();

    public string? Title { get; set; }

    /// <summary>The file line the title was read from.</summary>
    public int TitleLine { get; set; }

    /// <summary>The authors, or <see langword="null"/> when the front matter names none.</summary>
    public List<AuthorModel>? Authors { get; set; }

    public DateModel? Published { get; set; }

    /// <summary>The file line of the date, for diagnostics that compare it with another date.</summary>
    public int PublishedLine { get; set; }

    public string? OriginalUrl { get; set; }

    public string? Publisher { get; set; }

    public List<string> Tags { get; } = new();

    public string? Id { get; set; }

    /// <summary>The ISO 639-1 code, lower case.</summary>
    public string? Language { get; set; }

    public List<MetadataEntry> Metadata { get; } = new();
}
