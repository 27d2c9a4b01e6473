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

    /// <summary>CORPUS012: a per-article setting (item metadata or front matter) has a value that cannot be used.</summary>
    InvalidSetting,

    /// <summary>CORPUS020: a run of injected spam was found in a paragraph (and removed, unless junk is kept).</summary>
    SpamFound,

    /// <summary>CORPUS021: a block of site furniture was found (and removed, unless junk is kept).</summary>
    BoilerplateFound,
}
