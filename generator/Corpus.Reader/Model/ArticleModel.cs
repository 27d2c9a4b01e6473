namespace Corpus.Reading.Model;

/// <summary>The format an article was written in. Mirrors <c>Corpus.ArticleFormat</c> in the runtime.</summary>
public enum SourceFormat
{
    PlainText = 0,
    Markdown = 1,
}

/// <summary>Why a piece of a file was removed. Mirrors <c>Corpus.RemovedTextKind</c> in the runtime.</summary>
public enum RemovedKind
{
    Spam = 0,
    Boilerplate = 1,
}

/// <summary>A calendar date without time or offset.</summary>
public readonly record struct DateModel(int Year, int Month, int Day)
{
    public override string ToString() => $"{Year:D4}-{Month:D2}-{Day:D2}";
}

/// <summary>A named person or desk, with the link the byline gave, if any.</summary>
public sealed record AuthorModel(string Name, string? Url = null);

/// <summary>A picture's caption, credit and address.</summary>
public sealed record ImageModel(string? Caption, string? Credit = null, string? Url = null);

/// <summary>A front-matter key that has no field of its own.</summary>
public sealed record MetadataEntry(string Key, string Value);

/// <summary>Text left out of the article, with why.</summary>
public sealed record RemovedModel(RemovedKind Kind, string Text);

/// <summary>
/// Everything the reader learnt about one article file. Every member has value equality, so that an unchanged
/// article compares equal to its previous reading and the generator's later steps stay cached.
/// </summary>
public sealed record ArticleModel
{
    /// <summary>The file's path relative to the project directory, with <c>/</c> separators.</summary>
    public required string SourcePath { get; init; }

    public required SourceFormat Format { get; init; }

    public required string Title { get; init; }

    /// <summary>The line (1-based) the title was read from, for diagnostics about the title.</summary>
    public int TitleLine { get; init; } = 1;

    /// <summary>The id the article asks for (front matter <c>id</c>/<c>slug</c>), or a slug of its title.</summary>
    public required string RequestedId { get; init; }

    public EquatableArray<AuthorModel> Authors { get; init; } = EquatableArray<AuthorModel>.Empty;

    public DateModel? Published { get; init; }

    public string? Dateline { get; init; }

    public string? Publisher { get; init; }

    public string? OriginalUrl { get; init; }

    public EquatableArray<string> Credits { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<ImageModel> Images { get; init; } = EquatableArray<ImageModel>.Empty;

    public EquatableArray<string> Tags { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<MetadataEntry> Metadata { get; init; } = EquatableArray<MetadataEntry>.Empty;

    /// <summary>Clean plain-text paragraphs; none is empty and none holds a line break.</summary>
    public EquatableArray<string> Paragraphs { get; init; } = EquatableArray<string>.Empty;

    public int WordCount { get; init; }

    public string? Language { get; init; }

    public EquatableArray<RemovedModel> Removed { get; init; } = EquatableArray<RemovedModel>.Empty;
}
