using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Storage;

namespace Corpus.Reading.Model;

/// <summary>
/// What building a corpus needs from reading one article file: what names it, what its generated documentation shows,
/// its store record's entry, and its diagnostics. The build task writes one for every file into the store's manifest;
/// the generator takes a file's digest from there when the file's <see cref="Fingerprint"/> is the same, and reads the
/// file itself otherwise. So a command-line build reads each article once.
/// </summary>
/// <param name="Fingerprint">Identifies the reader's whole input: <see cref="FingerprintOf"/>.</param>
/// <param name="SourcePath">The path relative to the project directory.</param>
/// <param name="DiagnosticPath">The path diagnostics about the file are reported at.</param>
/// <param name="Article">What the article gives, or <see langword="null"/> when the file was left out.</param>
/// <param name="Diagnostics">Everything the reader found wrong, in file order.</param>
public sealed record ArticleDigest(ulong Fingerprint, string SourcePath, string DiagnosticPath, ArticleSummary? Article, EquatableArray<ReaderDiagnostic> Diagnostics)
{
    /// <summary>
    /// Stands for the reader that made a digest: the reader's own build. A digest is reused only by the same build of the
    /// reader, which makes the same digest from the same input.
    /// </summary>
    private static readonly string ReaderBuild = typeof(ArticleDigest).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>Reads <paramref name="file"/>. Its digest keeps the article's store record, for writing a store.</summary>
    public static ArticleDigest Read(ArticleFile file, CancellationToken cancellationToken = default) =>
        Read(file, FingerprintOf(file), cancellationToken);

    /// <summary>Reads <paramref name="file"/>, whose <see cref="FingerprintOf"/> is already known.</summary>
    public static ArticleDigest Read(ArticleFile file, ulong fingerprint, CancellationToken cancellationToken)
    {
        var result = ArticleReader.Read(file, cancellationToken);
        return new ArticleDigest(
            fingerprint,
            result.SourcePath,
            result.DiagnosticPath,
            result.Article is { } model ? ArticleSummary.Of(model) : null,
            result.Diagnostics);
    }

    /// <summary>
    /// A hash of everything the reader's result depends on: the file's paths, content and settings, and the build of the
    /// reader. The reader depends on nothing else (no clock, culture or machine), so two inputs with one fingerprint read
    /// alike. The content is the file's bytes when it was read from disk (<see cref="ArticleFile.ContentHash"/>: its text
    /// and encoding follow from them), else its text and encoding.
    /// </summary>
    public static ulong FingerprintOf(ArticleFile file)
    {
        var hash = default(StoreHash);
        hash.Add(ReaderBuild);
        hash.Add(file.Path);
        hash.Add(file.DiagnosticPath);
        hash.Add(file.MaxLength);
        hash.Add((long)file.Junk);
        hash.Add(file.InvalidJunkMetadata);
        if (file.ContentHash is { } bytes)
        {
            hash.Add(1);
            hash.Add((long)bytes);
        }
        else
        {
            hash.Add(2);
            hash.Add((long)file.Encoding);
            hash.Add(file.Text);
        }

        return hash.Value;
    }

    /// <summary>The store entries of the articles among <paramref name="files"/>, in store order.</summary>
    public static List<StoreEntry> Entries(IEnumerable<ArticleDigest> files) =>
        StoreEntry.InStoreOrder(files.Where(f => f.Article is not null).Select(f => f.Article!.Entry));
}

/// <summary>What an article that was read gives the generated code: its naming inputs, the summary its documentation shows, and its store entry.</summary>
/// <param name="Title">The title.</param>
/// <param name="TitleLine">The line the title is on, where naming reports a collision.</param>
/// <param name="RequestedId">The id the article asks for.</param>
/// <param name="Byline">Authors, date and publisher, joined with " · "; empty when none is known.</param>
/// <param name="Lead">The first sentence of the first paragraph, or <see langword="null"/> when the article has no paragraph.</param>
/// <param name="WordCount">The body's word count.</param>
/// <param name="Entry">The article's store record: its path, length and hash, and the record itself when it was just read.</param>
public sealed record ArticleSummary(string Title, int TitleLine, string RequestedId, string Byline, string? Lead, int WordCount, StoreEntry Entry)
{
    /// <summary>A lead sentence ends at a full stop, question or exclamation mark followed by a space, but not in its first 20 characters (initials, "U.S.").</summary>
    private const int ShortestLead = 20;

    public static ArticleSummary Of(ArticleModel model) =>
        new(
            model.Title,
            model.TitleLine,
            model.RequestedId,
            BylineOf(model),
            model.Paragraphs.Count > 0 ? FirstSentence(model.Paragraphs[0]) : null,
            model.WordCount,
            StoreEntry.For(model, keepRecord: true));

    private static string BylineOf(ArticleModel model)
    {
        var parts = new List<string>();
        if (model.Authors.Count > 0)
        {
            parts.Add("By " + string.Join(", ", model.Authors.Select(a => a.Name)));
        }

        if (model.Published is { } date)
        {
            parts.Add(date.ToString());
        }

        if (model.Publisher is { } publisher)
        {
            parts.Add(publisher);
        }

        return string.Join(" · ", parts);
    }

    private static string FirstSentence(string paragraph)
    {
        for (var i = 0; i < paragraph.Length - 1; i++)
        {
            if (paragraph[i] is '.' or '!' or '?' && paragraph[i + 1] == ' ' && i >= ShortestLead)
            {
                return paragraph.Substring(0, i + 1);
            }
        }

        return paragraph;
    }
}
