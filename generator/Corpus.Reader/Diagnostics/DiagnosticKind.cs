namespace Corpus.Reading.Diagnostics;

/// <summary>
/// The kinds of problem the reader reports. Each has exactly one <c>CORPUSnnn</c> rule in the generator's catalog;
/// the number in the comment is that rule's id, and a test keeps the two lists in step.
/// </summary>
public enum DiagnosticKind
{
    /// <summary>CORPUS001: reading the file failed unexpectedly; the article is left out.</summary>
    UnexpectedFailure,

    /// <summary>CORPUS002: the file could not be read.</summary>
    UnreadableFile,

    /// <summary>CORPUS003: the file is empty or holds only whitespace.</summary>
    EmptyFile,

    /// <summary>CORPUS004: the file holds binary data, not text.</summary>
    BinaryFile,

    /// <summary>CORPUS005: the file is not valid UTF-8 and was read as Windows-1252.</summary>
    NotUtf8,

    /// <summary>CORPUS006: no title could be found.</summary>
    NoTitle,

    /// <summary>CORPUS007: the article has a title but no body text.</summary>
    NoBody,

    /// <summary>CORPUS014: the file is longer than the configured limit and is left out.</summary>
    TooLarge,

    /// <summary>CORPUS015: the Markdown parser gave up on the file, which is read as plain text instead.</summary>
    MarkdownUnreadable,

    /// <summary>CORPUS016: the YAML front matter does not parse; the article is read from its text alone.</summary>
    MalformedFrontMatter,

    /// <summary>CORPUS017: a front-matter key that Corpus reads has a value it cannot use; it is kept in Metadata.</summary>
    InvalidFrontMatterValue,

    /// <summary>CORPUS018: a date could not be read (front matter) or names no real day (header); it is not used.</summary>
    UnreadableDate,

    /// <summary>CORPUS019: a numeric date reads both day-first and month-first (03/04/2011); it is not guessed.</summary>
    AmbiguousDate,

    /// <summary>CORPUS020: the published date differs from the date in the article's original address.</summary>
    DateContradictsUrl,

    /// <summary>CORPUS012: a per-article setting (item metadata or front matter) has a value that cannot be used.</summary>
    InvalidSetting,

    /// <summary>CORPUS021: a run of injected spam was found in a paragraph (and removed, unless junk is kept).</summary>
    SpamFound,

    /// <summary>CORPUS022: a block of site furniture was found (and removed, unless junk is kept).</summary>
    BoilerplateFound,
}
