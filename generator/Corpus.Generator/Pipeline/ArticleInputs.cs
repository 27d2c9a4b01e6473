using System;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.Generator.Diagnostics;
using Corpus.Reading;
using Corpus.Reading.Junk;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Reading.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// One article file as the pipeline's first step hands it on: where it is, its settings, its fingerprint, and its rule
/// severity settings; its text only when it is bound to be read. With an embedded store a file on disk is told
/// unchanged by the hash of its bytes, and is decoded only if it has to be read (<see cref="Load"/>): a build takes
/// nearly every file from the manifest, and keeping every text decoded cost the compiler twice the corpus's size in
/// memory.
/// </summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="Junk">Its <c>Junk</c> item metadata.</param>
/// <param name="Settings">The project's reader settings.</param>
/// <param name="Fingerprint">The file's <see cref="ArticleDigest.FingerprintOf"/>, taken once here.</param>
/// <param name="Decoded">
/// The file with its text, when it is bound to be read: a file not on disk (an editor's buffer, an in-memory test),
/// which cannot be read again, and any file of an inline store, which has no manifest to take it from and would
/// otherwise be read from disk twice, to be fingerprinted and to be read.
/// </param>
/// <param name="Severities">Its rule severity settings.</param>
internal sealed record ArticleSource(string FullPath, string? Junk, ArticleSettings Settings, ulong Fingerprint, ArticleFile? Decoded, EquatableArray<RuleSeverity> Severities)
{
    /// <summary>The path diagnostics about the file are reported at, and the manifest finds it by.</summary>
    public string DiagnosticPath => FullPath;

    /// <summary>The file with its text: read from disk again and decoded, unless it was decoded here already.</summary>
    public ArticleFile Load() => Decoded ?? Settings.ReadFile(FullPath, Junk);

    /// <summary>Reads the file: the fingerprint taken here stands for a file decoded here, and one loaded now gets its own.</summary>
    public ArticleDigest Read(CancellationToken cancellationToken) =>
        Decoded is { } decoded ? ArticleDigest.Read(decoded, Fingerprint, cancellationToken) : ArticleDigest.Read(Load(), cancellationToken);
}

/// <summary>
/// An additional file the list names as an article, with its <c>Junk</c> metadata. Equal when the file object and the
/// metadata are: the compiler hands the generator the same object for a file until the file changes.
/// </summary>
internal sealed record ListedText(AdditionalText Text, string? Junk);

/// <summary>What reading one article file gave, by the generator or by the build task, with the file's rule severity settings.</summary>
internal sealed record ArticleRead(ArticleDigest Digest, EquatableArray<RuleSeverity> Severities);

/// <summary>
/// One article file, looked up in the embedded store's manifest: the manifest's line for exactly this input, or none,
/// and the file is still to be read. An unchanged file therefore passes on an equal value whatever else the manifest
/// says, and is neither read again nor made into a digest again.
/// </summary>
/// <remarks>
/// Two matches with a line are equal when their lines are, whatever their sources: a line is found by the source's
/// fingerprint, which stands for everything the source holds. Comparing the sources too would compare every text.
/// </remarks>
internal sealed class ArticleMatch(ArticleSource source, ManifestLine? line, EquatableArray<RuleSeverity> severities) : IEquatable<ArticleMatch>
{
    public static ArticleMatch For(ArticleSource source, EmbeddedManifest manifest, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ArticleMatch(source, manifest.Content?.Find(source.DiagnosticPath, source.Fingerprint), source.Severities);
    }

    /// <summary>The line's digest; or, with no line or one this version cannot read, the file read here.</summary>
    public ArticleRead Read(CancellationToken cancellationToken) =>
        new(line?.Digest() ?? source.Read(cancellationToken), severities);

    public bool Equals(ArticleMatch? other) =>
        other is not null
        && severities.Equals(other.Severities)
        && (line is null ? other.Line is null && source.Equals(other.Source) : line.Equals(other.Line));

    public override bool Equals(object? obj) => Equals(obj as ArticleMatch);

    public override int GetHashCode() => line?.GetHashCode() ?? source.GetHashCode();

    /// <summary>The file.</summary>
    public ArticleSource Source => source;

    /// <summary>Its line in the manifest, when the task read exactly this input.</summary>
    public ManifestLine? Line => line;

    /// <summary>The file's rule severity settings.</summary>
    public EquatableArray<RuleSeverity> Severities => severities;
}

/// <summary>The embedded store's manifest, as the generator sees it.</summary>
/// <param name="Present">Whether the build handed the compiler a manifest.</param>
/// <param name="Content">What it holds, or <see langword="null"/> when it is absent or not one this version reads.</param>
internal sealed record EmbeddedManifest(bool Present, ManifestIndex? Content)
{
    public static readonly EmbeddedManifest None = new(false, null);

    /// <summary>The manifest among the additional files; only an embedded store has one.</summary>
    public static EmbeddedManifest From(string? text, StorageMode storage) =>
        storage == StorageMode.Resource && text is not null ? new EmbeddedManifest(true, ManifestIndex.Read(text)) : None;
}

/// <summary>
/// The pipeline's first step: picks the additional files the package's targets list as articles (<see cref="ArticleList"/>)
/// and turns each into an <see cref="ArticleSource"/>, a value with no Roslyn object left in it.
/// </summary>
internal static class ArticleInputs
{
    /// <summary>The text of <paramref name="text"/> when it is the file <paramref name="path"/> names; otherwise <see langword="null"/>.</summary>
    public static string? TextIfNamed(AdditionalText text, string? path, CancellationToken cancellationToken) =>
        path is not null && string.Equals(text.Path, path, StringComparison.Ordinal) ? ReadText(text, cancellationToken)?.ToString() ?? "" : null;

    /// <param name="text">An additional file of the project.</param>
    /// <param name="junk">Its <c>Junk</c> item metadata, from the list of articles.</param>
    /// <param name="fileOptions">Its options: the <c>.editorconfig</c> sections that match it.</param>
    /// <param name="settings">The project's settings, read once for all files.</param>
    /// <param name="cancellationToken">Stops reading the file.</param>
    public static ArticleSource ToSource(AdditionalText text, string? junk, AnalyzerConfigOptions fileOptions, CorpusOptions settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reading = settings.Reading;
        var bytes = ReadBytes(text.Path);
        var decoded = bytes is null ? reading.File(text.Path, ReadNotOnDisk(text, cancellationToken), junk)
            : settings.Storage == StorageMode.Inline ? reading.FileOfBytes(text.Path, bytes, junk)
            : null;
        var fingerprint = ArticleDigest.FingerprintOf(decoded ?? reading.FileForFingerprint(text.Path, bytes!, junk));
        return new ArticleSource(text.Path, junk, reading, fingerprint, decoded, RuleSeverities.From(fileOptions));
    }

    /// <summary>
    /// The text of a file that is not on disk, and how it was decoded, or <see langword="null"/> when it cannot be read;
    /// the reader reports which.
    /// </summary>
    /// <remarks>
    /// A file on disk is read from its bytes, as the build task reads it, rather than by the compiler, because what the
    /// compiler does with bytes that are not UTF-8 depends on the machine and can fail the build: it decodes them with
    /// the system's ANSI code page, which is Windows-1252 only on a Western Windows and is UTF-8 on Linux and macOS, so
    /// every such byte there becomes U+FFFD and is lost; and when those bytes hold two NULs in a row (any image or
    /// archive) it reports error CS2015 for the file as soon as its text is asked for. The compiler's text is used only
    /// for a file that is not on disk.
    /// </remarks>
    private static DecodedText? ReadNotOnDisk(AdditionalText file, CancellationToken cancellationToken)
    {
        var source = ReadText(file, cancellationToken);
        return source is null ? null : new DecodedText(source.ToString(), IsUnicode(source.Encoding) ? TextEncoding.Utf8 : TextEncoding.Windows1252Fallback);
    }

    /// <summary>The bytes of the file at <paramref name="path"/>, or <see langword="null"/> when it cannot be read from disk.</summary>
    /// <remarks>
    /// Generators are asked not to read files the compiler does not know about (RS1035). This is the additional file's
    /// own path: the compiler tracks it, and hands the generator a new AdditionalText whenever the file changes.
    /// </remarks>
    private static byte[]? ReadBytes(string path) => ArticleSettings.ReadBytes(path);

    /// <summary>The file's text, or <see langword="null"/> when it cannot be read; the reader reports which.</summary>
    private static SourceText? ReadText(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return text.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// For a text that did not come from disk (an editor's buffer, an in-memory test): any encoding other than Unicode
    /// means the text was decoded from bytes that are not UTF-8.
    /// </summary>
    private static bool IsUnicode(Encoding? encoding) => encoding is null or UTF8Encoding or UnicodeEncoding or UTF32Encoding;
}
