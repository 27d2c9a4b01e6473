using Corpus.Generator.Naming;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes the corpus-wide part of the generated class: <c>All</c>, <c>Count</c> and <c>TryGet</c>. It depends only on
/// the articles' names, ids and order, so editing an article's text never rewrites it.
/// </summary>
internal static class IndexEmitter
{
    public static string Emit(CorpusNaming naming)
    {
        var options = naming.Options;
        var articles = naming.Articles;
        var writer = new SourceWriter().FileHeader();
        writer.OpenClass(
            options.Namespace,
            options.ClassName,
            "public static",
            "<summary>",
            $"The {articles.Count} article{(articles.Count == 1 ? "" : "s")} compiled into this assembly by Corpus: one static property per article,",
            "every one read at build time. Every access to an article returns the same instance.",
            "</summary>");

        writer.Line("/// <summary>The number of articles in the corpus.</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line($"public const int Count = {articles.Count};");
        writer.Line();

        writer.Line("/// <summary>Every article of the corpus, ordered by source path (ordinal).</summary>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> All => global::System.Threading.LazyInitializer.EnsureInitialized(ref __all, __CreateAll);");
        writer.Line();
        writer.Line("private static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article>? __all;");
        writer.Line();
        writer.Line("private static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> __CreateAll() => global::System.Collections.Immutable.ImmutableArray.Create(new global::Corpus.Article[]");
        writer.Open();
        foreach (var article in articles)
        {
            writer.Line(article.MemberName + ",");
        }

        writer.Close("});");
        writer.Line();

        writer.Line("/// <summary>Finds an article by its <see cref=\"global::Corpus.Article.Id\"/>.</summary>");
        writer.Line("/// <param name=\"id\">The id, compared ordinally.</param>");
        writer.Line("/// <param name=\"article\">The article with that id, or <see langword=\"null\"/> when there is none.</param>");
        writer.Line("/// <returns><see langword=\"true\"/> when an article has that id.</returns>");
        writer.Line(GeneratedCode.Attribute);
        writer.Line("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::Corpus.Article? article)");
        writer.Open();
        writer.Line("article = id switch");
        writer.Open();
        foreach (var article in articles)
        {
            writer.Line($"{CSharpLiteral.String(article.Id)} => {article.MemberName},");
        }

        writer.Line("_ => null,");
        writer.Close("};");
        writer.Line("return article is not null;");
        writer.Close();

        return writer.CloseClass(options.Namespace).ToString();
    }
}
