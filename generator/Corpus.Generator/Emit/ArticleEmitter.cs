using System;
using System.Collections.Generic;
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
    public static ArticleMember Member(ArticleModel model, NamedArticle name)
    {
        var writer = new SourceWriter();
        WriteDocumentation(writer, model);
        writer.Line($"public static global::Corpus.Article {name.MemberName} => {IndexEmitter.StoreProperty}[{name.Ordinal}];");
        return new ArticleMember(name.Ordinal, writer.ToString().TrimEnd('\n').Split('\n').ToEquatableArray());
    }

    private static void WriteDocumentation(SourceWriter writer, ArticleModel model)
    {
        writer.Line($"/// <summary>{XmlDoc.Text(model.Title)}</summary>");
        writer.Line("/// <remarks>");
        var byline = Byline(model);
        if (byline.Length > 0)
        {
            writer.Line($"/// <para>{XmlDoc.Text(byline)}</para>");
        }

        if (model.Paragraphs.Count > 0)
        {
            writer.Line($"/// <para>{XmlDoc.Text(FirstSentence(model.Paragraphs[0]))}</para>");
        }

        writer.Line($"/// <para>{model.WordCount} words, from <c>{XmlDoc.Text(model.SourcePath)}</c>.</para>");
        writer.Line("/// </remarks>");
    }

    private static string Byline(ArticleModel model)
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
            if (paragraph[i] is '.' or '!' or '?' && paragraph[i + 1] == ' ' && i >= 20)
            {
                return paragraph.Substring(0, i + 1);
            }
        }

        return paragraph;
    }
}
