using System.Linq;
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
        var writer = new SourceWriter();
        WriteDocumentation(writer, article);
        writer.Line($"public static global::Corpus.Article {name.MemberName} => {IndexEmitter.StoreProperty}[{name.Ordinal}];");
        return new ArticleMember(name.Ordinal, writer.ToString().TrimEnd('\n').Split('\n').ToEquatableArray());
    }

    private static void WriteDocumentation(SourceWriter writer, ArticleSummary article)
    {
        writer.Line($"/// <summary>{XmlDoc.Text(article.Title)}</summary>");
        writer.Line("/// <remarks>");
        if (article.Byline.Length > 0)
        {
            writer.Line($"/// <para>{XmlDoc.Text(article.Byline)}</para>");
        }

        if (article.Lead is { } lead)
        {
            writer.Line($"/// <para>{XmlDoc.Text(lead)}</para>");
        }

        writer.Line($"/// <para>{article.WordCount} words, from <c>{XmlDoc.Text(article.Entry.SourcePath)}</c>.</para>");
        writer.Line("/// </remarks>");
    }
}
