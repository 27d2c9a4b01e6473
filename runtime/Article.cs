using System;
using System.Collections.Generic;
using System.Threading;

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
    private readonly IReadOnlyList<Author> _authors = Array.Empty<Author>();
    private readonly IReadOnlyList<string> _credits = Array.Empty<string>();
    private readonly IReadOnlyList<ArticleImage> _images = Array.Empty<ArticleImage>();
    private readonly IReadOnlyList<string> _tags = Array.Empty<string>();
    private readonly IReadOnlyDictionary<string, string> _metadata = ReadOnly.EmptyDictionary;
    private readonly IReadOnlyList<RemovedText> _removed = Array.Empty<RemovedText>();
    private ArticleStore? _store;
    private int _bodyStart;
    private int _bodyLength;
    private ArticleBody? _body;
    private bool _bodyDecoded;
    private object? _bodyLock;

    /// <summary>A stable identifier, unique in the corpus: front matter <c>id</c>/<c>slug</c>, else a slug of the title.</summary>
    public required string Id { get; init; }

    /// <summary>The article file's path relative to the project directory, with <c>/</c> as separator.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The format the file was written in, detected from its content.</summary>
    public ArticleFormat Format { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The authors, in byline order; empty when none is named.</summary>
    public IReadOnlyList<Author> Authors { get => _authors; init => _authors = ReadOnly.Freeze(value); }

    /// <summary>The publication date, or <see langword="null"/> when the file does not tell it unambiguously.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The place the story was filed from (<c>LONDON</c> in "LONDON — …"), or <see langword="null"/>.</summary>
    public string? Dateline { get; init; }

    /// <summary>The publication the article appeared in, or <see langword="null"/> when unknown.</summary>
    public string? Publisher { get; init; }

    /// <summary>Where the article was originally published, or <see langword="null"/> when unknown.</summary>
    public Uri? OriginalUrl { get; init; }

    /// <summary>Wire and agency credits, such as <c>Reuters</c> in "(Reuters, MT)".</summary>
    public IReadOnlyList<string> Credits { get => _credits; init => _credits = ReadOnly.Freeze(value); }

    /// <summary>The pictures that belong to the article, with their captions and credits.</summary>
    public IReadOnlyList<ArticleImage> Images { get => _images; init => _images = ReadOnly.Freeze(value); }

    /// <summary>Tags, keywords and categories from the front matter.</summary>
    public IReadOnlyList<string> Tags { get => _tags; init => _tags = ReadOnly.Freeze(value); }

    /// <summary>Every other front-matter key, in file order, with its value as text.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get => _metadata; init => _metadata = ReadOnly.Freeze(value); }

    /// <summary>The number of words in <see cref="Text"/>: tokens that hold at least one letter or digit.</summary>
    public int WordCount { get; init; }

    /// <summary>The language of the text as an ISO 639-1 code (<c>en</c>, <c>ru</c>, …), or <see langword="null"/> when the text is too short to tell.</summary>
    public string? Language { get; init; }

    /// <summary>Text found in the file but left out of the article (spam, site furniture), kept so that nothing is lost.</summary>
    public IReadOnlyList<RemovedText> Removed { get => _removed; init => _removed = ReadOnly.Freeze(value); }

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

    private ArticleBody DecodeBody() =>
        _store is null ? ArticleBody.Empty : ArticleBody.FromUtf8(_store.Body(_bodyStart, _bodyLength));

    /// <summary>Reads the body from <paramref name="store"/> when first asked for; called once, before the article is shared.</summary>
    internal void AttachBody(ArticleStore store, int start, int length)
    {
        _store = store;
        _bodyStart = start;
        _bodyLength = length;
    }

    /// <summary>Returns the <see cref="Title"/>.</summary>
    public override string ToString() => Title;
}
