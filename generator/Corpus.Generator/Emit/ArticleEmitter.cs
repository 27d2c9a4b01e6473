using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Naming;
using Corpus.Reading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Extraction;
using Corpus.Reading.Model;

namespace Corpus.Generator.Emit;

/// <summary>Everything one article's generated file depends on, and nothing else.</summary>
internal sealed record ArticleEmission(ArticleModel Model, NamedArticle Name, string Namespace, string ClassName);

/// <summary>What one article file produces: its source, unless it was left out, and its diagnostics with the file's severity settings.</summary>
internal sealed record ArticleOutput(ArticleEmission? Emission, EquatableArray<ReaderDiagnostic> Diagnostics, string DiagnosticPath, EquatableArray<RuleSeverity> Severities);

/// <summary>
/// Writes one article's file: its documented static property, a lazily created <c>Article</c> whose metadata are
/// ordinary literals, and its body as one UTF-8 literal in the assembly's data section, decoded on first use.
/// </summary>
internal static class ArticleEmitter
{
    public static string Emit(ArticleEmission emission)
    {
        var model = emission.Model;
        var name = emission.Name.MemberName;
        var writer = new SourceWriter().FileHeader();
        writer.OpenClass(emission.Namespace, emission.ClassName, "static");

        WriteDocumentation(writer, model);
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"public static global::Corpus.Article {name} => global::System.Threading.LazyInitializer.EnsureInitialized(ref __{name}, __Create{name});");
        writer.Line();
        writer.Line($"private static global::Corpus.Article? __{name};");
        writer.Line();
        writer.Line($"private static global::Corpus.Article __Create{name}() => new global::Corpus.Article");
        writer.Open();
        WriteInitializers(writer, model, emission.Name);
        writer.Close("};");

        return writer.CloseClass(emission.Namespace).ToString();
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

    private static void WriteInitializers(SourceWriter writer, ArticleModel model, NamedArticle name)
    {
        writer.Line($"Id = {CSharpLiteral.String(name.Id)},");
        writer.Line($"SourcePath = {CSharpLiteral.String(model.SourcePath)},");
        writer.Line($"Format = global::Corpus.ArticleFormat.{model.Format},");
        writer.Line($"Title = {CSharpLiteral.String(model.Title)},");
        WriteList(writer, "Authors", "global::Corpus.Author", model.Authors, a => $"new global::Corpus.Author({CSharpLiteral.String(a.Name)}, {UriExpression(a.Url)})");
        if (model.Published is { } date)
        {
            writer.Line($"Published = new global::System.DateOnly({date.Year}, {date.Month}, {date.Day}),");
        }

        WriteOptional(writer, "Dateline", model.Dateline);
        WriteOptional(writer, "Publisher", model.Publisher);
        if (IsAbsoluteUri(model.OriginalUrl))
        {
            writer.Line($"OriginalUrl = {UriExpression(model.OriginalUrl)},");
        }

        WriteList(writer, "Credits", "string", model.Credits, CSharpLiteral.String);
        WriteList(writer, "Images", "global::Corpus.ArticleImage", model.Images, i => $"new global::Corpus.ArticleImage({CSharpLiteral.Nullable(i.Caption)}, {CSharpLiteral.Nullable(i.Credit)}, {UriExpression(i.Url)})");
        WriteList(writer, "Tags", "string", model.Tags, CSharpLiteral.String);
        if (model.Metadata.Count > 0)
        {
            writer.Line("Metadata = new global::System.Collections.Generic.KeyValuePair<string, string>[]");
            writer.Open();
            foreach (var entry in model.Metadata)
            {
                writer.Line($"new({CSharpLiteral.String(entry.Key)}, {CSharpLiteral.String(entry.Value)}),");
            }

            writer.Close("},");
        }

        writer.Line($"WordCount = {model.WordCount},");
        WriteOptional(writer, "Language", model.Language);
        WriteList(writer, "Removed", "global::Corpus.RemovedText", model.Removed, r => $"new global::Corpus.RemovedText(global::Corpus.RemovedTextKind.{r.Kind}, {CSharpLiteral.String(r.Text)})");
        if (model.Paragraphs.Count > 0)
        {
            writer.Line($"Utf8Text = static () => {CSharpLiteral.Utf8(string.Join("\n\n", model.Paragraphs))},");
        }
    }

    private static void WriteOptional(SourceWriter writer, string property, string? value)
    {
        if (value is not null)
        {
            writer.Line($"{property} = {CSharpLiteral.String(value)},");
        }
    }

    private static void WriteList<T>(SourceWriter writer, string property, string type, IReadOnlyList<T> items, Func<T, string> expression)
    {
        if (items.Count == 0)
        {
            return;
        }

        writer.Line($"{property} = global::System.Collections.Immutable.ImmutableArray.Create<{type}>(").Indent();
        for (var i = 0; i < items.Count; i++)
        {
            writer.Line(expression(items[i]) + (i < items.Count - 1 ? "," : "),"));
        }

        writer.Dedent();
    }

    /// <summary>
    /// An absolute http(s) URL as a <c>System.Uri</c>. Anything else is left out rather than thrown at run time; a bare
    /// <c>/path</c> would otherwise pass as a <c>file://</c> URI on Unix and fail on Windows.
    /// </summary>
    private static string UriExpression(string? url) =>
        IsAbsoluteUri(url) ? $"new global::System.Uri({CSharpLiteral.String(url!)}, global::System.UriKind.Absolute)" : "null";

    private static bool IsAbsoluteUri(string? url) => WebAddress.AbsoluteOrNull(url) is not null;
}
