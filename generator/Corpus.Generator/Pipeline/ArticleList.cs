using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// The project's article files, as the package's targets list them in one additional file (the property
/// <c>CorpusArticleList</c> names it): each file's full path and its <c>Junk</c> item metadata. One list rather than
/// item metadata on every file, because the SDK writes item metadata visible to the compiler as one section per file
/// into the editor config the compiler then matches every file against, which costs a build of 20,000 articles about
/// two seconds.
/// </summary>
/// <remarks>
/// <code>
/// CorpusArticles/1
/// full path ⇥ junk      one line per article file; junk is empty when the item sets none
/// </code>
/// The targets refuse a path holding a tab or a line break, so every line is one file.
/// </remarks>
internal sealed class ArticleList : IEquatable<ArticleList>
{
    public const string Header = "CorpusArticles/1";

    public static readonly ArticleList Empty = new("");

    private readonly string _text;
    private readonly Dictionary<string, string?> _junkByPath = new(StringComparer.Ordinal);

    private ArticleList(string text)
    {
        _text = text;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r') != Header)
        {
            return;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var tab = line.LastIndexOf('\t');
            var path = tab < 0 ? line : line.Substring(0, tab);
            if (path.Length > 0)
            {
                _junkByPath[path] = tab < 0 || tab == line.Length - 1 ? null : line.Substring(tab + 1);
            }
        }
    }

    /// <summary>The list written in <paramref name="text"/>; a text that is not one is an empty list.</summary>
    public static ArticleList Parse(string? text) => text is null ? Empty : new ArticleList(text);

    /// <summary>
    /// The list the package's targets write for <paramref name="files"/>, each a full path and its <c>Junk</c> metadata
    /// (<see langword="null"/> when the item sets none): what tests and benchmarks hand the generator in their place.
    /// </summary>
    public static string Write(IEnumerable<(string Path, string? Junk)> files)
    {
        var text = new StringBuilder(Header);
        foreach (var (path, junk) in files)
        {
            text.Append('\n').Append(path).Append('\t').Append(junk);
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Whether the file at <paramref name="path"/> is an article, and its <c>Junk</c> metadata if it is.</summary>
    public bool Contains(string path, out string? junk) => _junkByPath.TryGetValue(path, out junk);

    public bool Equals(ArticleList? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ArticleList);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);
}
