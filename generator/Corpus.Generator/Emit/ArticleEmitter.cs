using System.Collections.Generic;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Naming;
using Corpus.Reading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;

namespace Corpus.Generator.Emit;

/// <summary>One article's member of the generated class: its position in the store, and its code, line by line.</summary>
internal sealed record ArticleMember(int Ordinal, EquatableArray<string> Lines);

/// <summary>What one article file produces: its member, unless it was left out, and its diagnostics with the file's severity settings.</summary>
internal sealed record ArticleOutput(ArticleMember? Member, EquatableArray<ReaderDiagnostic> Diagnostics, string DiagnosticPath, EquatableArray<RuleSeverity> Severities);

/// <summary>
/// Writes one article's member of the generated class: its documented static property, which returns the article at
/// its position in the corpus's store. Everything else about the article is data in the store, not code, so that no
/// per-article code runs (or is compiled just in time) until that article is asked for by name.
/// </summary>
internal static class ArticleEmitter
{
    public static ArticleMember Member(ArticleSummary article, NamedArticle name)
    {
        var lines = new List<string>(7) { $"/// <summary>{XmlDoc.Text(article.Title)}</summary>", "/// <remarks>" };
        if (article.Byline.Length > 0)
        {
            lines.Add($"/// <para>{XmlDoc.Text(article.Byline)}</para>");
        }

        if (article.Lead is { } lead)
        {
            lines.Add($"/// <para>{XmlDoc.Text(lead)}</para>");
        }

        lines.Add($"/// <para>{article.WordCount} words, from <c>{XmlDoc.Text(article.Entry.SourcePath)}</c>.</para>");
        lines.Add("/// </remarks>");
        lines.Add($"public static global::Corpus.Article {name.MemberName} => {IndexEmitter.StoreProperty}[{name.Ordinal}];");
        return new ArticleMember(name.Ordinal, lines.ToEquatableArray());
    }
}
