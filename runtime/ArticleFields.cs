using System;
using System.Collections.Generic;

namespace Corpus;

/// <summary>The members of an <see cref="Article"/> other than its title and body, decoded together.</summary>
internal sealed class ArticleFields
{
    public string Id = "";
    public string SourcePath = "";
    public ArticleFormat Format;
    public IReadOnlyList<Author> Authors = Array.Empty<Author>();
    public DateOnly? Published;
    public string? Dateline;
    public string? Publisher;
    public Uri? OriginalUrl;
    public IReadOnlyList<string> Credits = Array.Empty<string>();
    public IReadOnlyList<ArticleImage> Images = Array.Empty<ArticleImage>();
    public IReadOnlyList<string> Tags = Array.Empty<string>();
    public IReadOnlyDictionary<string, string> Metadata = ReadOnly.EmptyDictionary;
    public int WordCount;
    public string? Language;
    public IReadOnlyList<RemovedText> Removed = Array.Empty<RemovedText>();
}
