using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using Corpus.Storage;

namespace Corpus;

/// <summary>
/// One article of a corpus: its text and everything that was read about it, computed at build time.
/// An <see cref="Article"/> is immutable, and its collections are read-only views over storage nobody can change.
/// </summary>
/// <remarks>
/// Articles are normally produced by the Corpus source generator, which exposes each one as a static property of the
/// generated class (by default <c>Articles</c>). An article is decoded from the assembly's compact store on first
/// access; its body stays UTF-8 until the first read of <see cref="Paragraphs"/> or <see cref="Text"/>, which decodes
/// it once.
/// </remarks>
public sealed class Article
{
    private readonly string _title = "";

    // Everything but the title and the body. An article read from a store decodes these on first use, so that
    // listing titles costs one small object per article; an article built in code holds them from the start.
    private ArticleFields? _fields;
    private ArticleStore? _store;
    private int _index;
    private ArticleBody? _body;
    private bool _bodyDecoded;
    private object? _bodyLock;

    /// <summary>Creates an article from its members, set with an object initializer.</summary>
    public Article()
    {
    }

    /// <summary>An article of <paramref name="store"/>: its title now, its other fields and body on first use.</summary>
    // The required members are computed from the store, so nothing is left unset (CS8618 cannot see through them).
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal Article(ArticleStore store, int index, string title)
    {
        _store = store;
        _index = index;
        _title = title;
    }
#pragma warning restore CS8618

    /// <summary>A stable identifier, unique in the corpus: front matter <c>id</c>/<c>slug</c>, else a slug of the title.</summary>
    public required string Id { get => Fields.Id; init => Own.Id = value ?? throw new ArgumentNullException(nameof(Id)); }

    /// <summary>The article file's path relative to the project directory, with <c>/</c> as separator.</summary>
    public required string SourcePath { get => Fields.SourcePath; init => Own.SourcePath = value ?? throw new ArgumentNullException(nameof(SourcePath)); }

    /// <summary>The format the file was written in, detected from its content.</summary>
    public ArticleFormat Format { get => Fields.Format; init => Own.Format = value; }

    /// <summary>The headline.</summary>
    public required string Title { get => _title; init => _title = value ?? throw new ArgumentNullException(nameof(Title)); }

    /// <summary>The authors, in byline order; empty when none is named.</summary>
    public IReadOnlyList<Author> Authors { get => Fields.Authors; init => Own.Authors = ReadOnly.Freeze(value); }

    /// <summary>The publication date, or <see langword="null"/> when the file does not tell it unambiguously.</summary>
    public DateOnly? Published { get => Fields.Published; init => Own.Published = value; }

    /// <summary>The place the story was filed from (<c>LONDON</c> in "LONDON — …"), or <see langword="null"/>.</summary>
    public string? Dateline { get => Fields.Dateline; init => Own.Dateline = value; }

    /// <summary>The publication the article appeared in, or <see langword="null"/> when unknown.</summary>
    public string? Publisher { get => Fields.Publisher; init => Own.Publisher = value; }

    /// <summary>Where the article was originally published, or <see langword="null"/> when unknown.</summary>
    public Uri? OriginalUrl { get => Fields.OriginalUrl; init => Own.OriginalUrl = value; }

    /// <summary>Wire and agency credits, such as <c>Reuters</c> in "(Reuters, MT)".</summary>
    public IReadOnlyList<string> Credits { get => Fields.Credits; init => Own.Credits = ReadOnly.Freeze(value); }

    /// <summary>The pictures that belong to the article, with their captions and credits.</summary>
    public IReadOnlyList<ArticleImage> Images { get => Fields.Images; init => Own.Images = ReadOnly.Freeze(value); }

    /// <summary>Tags, keywords and categories from the front matter.</summary>
    public IReadOnlyList<string> Tags { get => Fields.Tags; init => Own.Tags = ReadOnly.Freeze(value); }

    /// <summary>Every other front-matter key, in file order, with its value as text.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get => Fields.Metadata; init => Own.Metadata = ReadOnly.Freeze(value); }

    /// <summary>The number of words in <see cref="Text"/>: tokens that hold at least one letter or digit.</summary>
    public int WordCount { get => Fields.WordCount; init => Own.WordCount = value; }

    /// <summary>The language of the text as an ISO 639-1 code (<c>en</c>, <c>ru</c>, …), or <see langword="null"/> when the text is too short to tell.</summary>
    public string? Language { get => Fields.Language; init => Own.Language = value; }

    /// <summary>Text found in the file but left out of the article (spam, site furniture), kept so that nothing is lost.</summary>
    public IReadOnlyList<RemovedText> Removed { get => Fields.Removed; init => Own.Removed = ReadOnly.Freeze(value); }

    /// <summary>The body as clean plain-text paragraphs, in order. A paragraph holds no line break.</summary>
    public IReadOnlyList<string> Paragraphs
    {
        get => Body.Paragraphs;
        init
        {
            _body = ArticleBody.FromParagraphs(value);
            _bodyDecoded = true;
        }
    }

    /// <summary>The body as one string: the <see cref="Paragraphs"/> joined by a blank line (<c>"\n\n"</c>).</summary>
    public string Text => Body.Text;

    private ArticleBody Body =>
        LazyInitializer.EnsureInitialized(ref _body, ref _bodyDecoded, ref _bodyLock, DecodeBody)!;

    private ArticleBody DecodeBody()
    {
        if (_store is null)
        {
            return ArticleBody.Empty;
        }

        var (_, bodyStart, end) = _store.Record(_index);
        return ArticleBody.FromUtf8(_store.Bytes(bodyStart, end - bodyStart));
    }

    private ArticleFields Fields => _fields ?? LazyInitializer.EnsureInitialized(ref _fields, DecodeFields);

    /// <summary>The fields an object initializer sets; only ever called while the article is being built.</summary>
    private ArticleFields Own => _fields ??= new ArticleFields();

    // Two threads may decode the same fields; both results are equal and one is kept.
    private ArticleFields DecodeFields() =>
        _store is null ? new ArticleFields() : RecordDecoder.Fields(_store, _index);

    /// <summary>Returns the <see cref="Title"/>.</summary>
    public override string ToString() => Title;
}
