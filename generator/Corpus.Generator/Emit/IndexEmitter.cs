using System.Text;
using Corpus.Generator.Naming;
using Corpus.Generator.Pipeline;
using Corpus.Reading.Storage;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes the corpus-wide part of the generated class: <c>All</c>, <c>Count</c>, <c>TryGet</c> and the store they
/// read from. It depends only on the articles' names, ids and order and on where the store is kept, so editing an
/// article's text never rewrites it.
/// </summary>
internal static class IndexEmitter
{
    /// <summary>The private property every article property reads from. No member name made from a title starts with <c>__</c>.</summary>
    public const string StoreProperty = "__Store";

    /// <summary>The private method that creates the store; written here for an embedded store, by <see cref="StoreEmitter"/> for an inline one.</summary>
    public const string CreateStoreMethod = "__CreateStore";

    public const string IdsProperty = "__Ids";

    public static string Emit(CorpusNaming naming)
    {
        var options = naming.Options;
        var articles = naming.Articles;
        var writer = new SourceWriter().FileHeader();
        writer.OpenClass(
            options.Namespace,
            options.ClassName,
            "public static",
            [
                "<summary>",
                $"The {articles.Count} article{(articles.Count == 1 ? "" : "s")} compiled into this assembly by Corpus: one static property per article,",
                "every one read at build time. Every access to an article returns the same instance.",
                "</summary>",
            ],
            GeneratedCode.Attribute);

        writer.Line("/// <summary>The number of articles in the corpus.</summary>");
        writer.Line($"public const int Count = {articles.Count};");
        writer.Line();

        writer.Line("/// <summary>Every article of the corpus, ordered by source path (ordinal). An article is decoded on first access.</summary>");
        writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> All => {StoreProperty};");
        writer.Line();

        writer.Line("/// <summary>Finds an article by its <see cref=\"global::Corpus.Article.Id\"/>.</summary>");
        writer.Line("/// <param name=\"id\">The id, compared ordinally.</param>");
        writer.Line("/// <param name=\"article\">The article with that id, or <see langword=\"null\"/> when there is none.</param>");
        writer.Line("/// <returns><see langword=\"true\"/> when an article has that id.</returns>");
        writer.Line($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out global::Corpus.Article? article) => {StoreProperty}.TryGet(id, out article);");
        writer.Line();

        writer.Line("private static global::Corpus.ArticleStore? __store;");
        writer.Line();
        writer.Line($"private static global::Corpus.ArticleStore {StoreProperty} => global::System.Threading.LazyInitializer.EnsureInitialized(ref __store, {CreateStoreMethod});");
        writer.Line();
        if (options.Storage == StorageMode.Resource)
        {
            writer.Line($"private static global::Corpus.ArticleStore {CreateStoreMethod}() => global::Corpus.ArticleStore.FromResource(typeof({options.ClassName}).Assembly, static () => {IdsProperty});");
            writer.Line();
        }

        writer.Line("/// <summary>The articles' ids in store order: their count, then each id as text.</summary>");
        writer.Line($"private static global::System.ReadOnlySpan<byte> {IdsProperty} => {CSharpLiteral.Utf8(Ids(naming))};");

        return writer.CloseClass(options.Namespace).ToString();
    }

    private static string Ids(CorpusNaming naming)
    {
        var ids = new StoreBuffer();
        ids.Integer(naming.Articles.Count);
        foreach (var article in naming.Articles)
        {
            ids.Text(article.Id);
        }

        return Encoding.UTF8.GetString(ids.ToArray());
    }
}
