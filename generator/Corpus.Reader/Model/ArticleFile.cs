using Corpus.Reading.Junk;

namespace Corpus.Reading.Model;

/// <summary>One article file as handed to the reader.</summary>
/// <param name="Path">The path relative to the project directory, with <c>/</c> separators; used in the model and in diagnostics.</param>
/// <param name="Text">The decoded text, or <see langword="null"/> when the file could not be read.</param>
/// <param name="Encoding">How the bytes were decoded.</param>
/// <param name="FullPath">The file's full path, for locating diagnostics; <see cref="Path"/> when not given.</param>
public sealed record ArticleFile(string Path, string? Text, TextEncoding Encoding = TextEncoding.Utf8, string? FullPath = null)
{
    /// <summary>The default for <see cref="MaxLength"/>: 64 Mi characters, far beyond any real article.</summary>
    public const int DefaultMaxLength = 64 * 1024 * 1024;

    /// <summary>The path diagnostics are reported at.</summary>
    public string DiagnosticPath => FullPath ?? Path;

    /// <summary>A longer text is left out with a diagnostic rather than read: it is a data dump, not an article.</summary>
    public int MaxLength { get; init; } = DefaultMaxLength;

    /// <summary>
    /// What to do with spam and site furniture: the project's <c>CorpusJunk</c>, or the item's <c>Junk</c> metadata.
    /// The article's own front matter (<c>corpus_junk:</c>) overrides both.
    /// </summary>
    public JunkMode Junk { get; init; } = JunkMode.Remove;

    /// <summary>The item's <c>Junk</c> metadata as written when it is no mode; the reader reports it and uses <see cref="Junk"/>.</summary>
    public string? InvalidJunkMetadata { get; init; }

    /// <summary>
    /// The <see cref="Storage.StoreHash"/> of the bytes the text was decoded from, when the file was read from disk;
    /// <see langword="null"/> for a text handed over already decoded. Decoding is a function of the bytes, so this hash
    /// stands for <see cref="Text"/> and <see cref="Encoding"/> in <see cref="ArticleDigest.FingerprintOf"/>: a file can be
    /// told unchanged without being decoded, and without its text being kept.
    /// </summary>
    public ulong? ContentHash { get; init; }
}

/// <summary>How an article file's bytes became text.</summary>
public enum TextEncoding
{
    /// <summary>Valid UTF-8, or UTF-16 with a byte order mark.</summary>
    Utf8 = 0,

    /// <summary>Not valid UTF-8, so read as Windows-1252 (the common encoding of legacy Western text).</summary>
    Windows1252Fallback = 1,
}
