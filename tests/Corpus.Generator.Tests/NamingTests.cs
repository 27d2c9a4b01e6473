using System.Collections.Immutable;
using Corpus.Generator.Emit;
using Corpus.Generator.Naming;
using Corpus.Generator.Pipeline;
using Corpus.Reading;

namespace Corpus.Generator.Tests;

public class NamingTests
{
    private static readonly CorpusOptions Options = new("Consumer", "Articles", new Corpus.Reading.Model.ArticleSettings(null), Corpus.Reading.EquatableArray<InvalidSetting>.Empty);

    [Theory]
    [InlineData("Russia may be coming in from cold after talks with Hague", "RussiaMayBeComingInFromColdAfterTalksWithHague")]
    [InlineData("Britain, Russia to Reach Out Via Hotline", "BritainRussiaToReachOutViaHotline")]
    [InlineData("Britain's new PM meets NATO chiefs", "BritainsNewPMMeetsNATOChiefs")]
    [InlineData("iPhone sales slump", "IPhoneSalesSlump")]
    [InlineData("2011: the year in review", "_2011TheYearInReview")]
    [InlineData("Россия и Запад", "РоссияИЗапад")]
    [InlineData("Café au lait", "CaféAuLait")]
    [InlineData("co\u00ADoperation deal", "CooperationDeal")]
    [InlineData("🚀 Launch day", "LaunchDay")]
    [InlineData("snake_case and kebab-case", "SnakeCaseAndKebabCase")]
    public void Titles_become_pascal_cased_names(string title, string expected) =>
        Assert.Equal(expected, MemberNames.FromTitle(title));

    [Theory]
    [InlineData("?!… — !?")]
    [InlineData("🚀🚀🚀")]
    [InlineData("   ")]
    public void A_title_without_letters_or_digits_gives_no_name(string title) =>
        Assert.Null(MemberNames.FromTitle(title));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var name = MemberNames.FromTitle(string.Join(" ", Enumerable.Repeat("extraordinarily", 20)))!;

        Assert.True(name.Length <= MemberNames.MaxLength);
        Assert.Equal(0, name.Length % "Extraordinarily".Length);
    }

    [Fact]
    public void The_first_article_by_path_keeps_a_shared_name_and_later_ones_get_free_suffixes()
    {
        var naming = Assign(("c.txt", "Same"), ("a.txt", "Same"), ("b.txt", "Same 2"), ("d.txt", "Same"));

        Assert.Equal(["Same", "Same2", "Same3", "Same4"], naming.Articles.Select(a => a.MemberName));
        Assert.Equal(["a.txt", "b.txt", "c.txt", "d.txt"], naming.Articles.Select(a => a.SourcePath));
        Assert.Equal(2, naming.Notes.Count(n => n.Kind == NamingNoteKind.DuplicateName));
    }

    [Fact]
    public void Ids_are_unique_too()
    {
        var naming = Assign(("a.txt", "Same!"), ("b.txt", "Same?"), ("c.txt", "same"));

        Assert.Equal(["same", "same-2", "same-3"], naming.Articles.Select(a => a.Id));
        Assert.Equal(["Same", "Same2", "Same3"], naming.Articles.Select(a => a.MemberName));
    }

    [Theory]
    [InlineData("All", "AllArticle")]
    [InlineData("Count", "CountArticle")]
    [InlineData("Try get", "TryGetArticle")]
    [InlineData("To string", "ToStringArticle")]
    [InlineData("Articles", "ArticlesArticle")]
    public void Members_of_the_generated_class_are_not_taken(string title, string expected)
    {
        var naming = Assign(("a.txt", title));

        Assert.Equal(expected, naming.Articles.Single().MemberName);
        Assert.Equal(NamingNoteKind.ReservedName, naming.Notes.Single().Kind);
    }

    [Fact]
    public void Positions_follow_the_ordinal_order_of_source_paths()
    {
        var naming = Assign(("b.txt", "Beta"), ("a.txt", "Alpha"), ("B.txt", "Upper"), ("c/a.txt", "Nested"));

        Assert.Equal(["B.txt", "a.txt", "b.txt", "c/a.txt"], naming.Articles.Select(a => a.SourcePath));
        Assert.Equal([0, 1, 2, 3], naming.Articles.Select(a => a.Ordinal));
    }

    [Fact]
    public void Members_go_into_parts_of_a_hundred_by_position_each_once_with_ascii_file_names()
    {
        var options = Options with { ClassName = "Статьи" };
        var members = Enumerable.Range(0, 251).Select(i => new ArticleMember(i, new[] { "// " + i }.ToEquatableArray())).ToList();
        members.Insert(7, members[150]);

        var parts = ArticleParts.Split([.. members.AsEnumerable().Reverse()], options);

        Assert.Equal([0, 1, 2], parts.Select(p => p.Index));
        Assert.Equal([100, 100, 51], parts.Select(p => p.Members.Count));
        Assert.Equal(Enumerable.Range(100, 100), parts[1].Members.Select(m => m.Ordinal));
        Assert.Equal("Stati.__Part0002.g.cs", parts[2].HintName);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_files_are_given_in()
    {
        (string, string)[] files = [("x/1.txt", "One"), ("x/2.txt", "One"), ("a.txt", "Two"), ("z.txt", "All")];

        Assert.Equal(Assign(files), Assign([.. files.Reverse()]));
    }

    [Fact]
    public void A_file_given_twice_is_one_article()
    {
        var naming = Assign(("a.txt", "One"), ("a.txt", "One"));

        Assert.Equal("a.txt", naming.Articles.Single().SourcePath);
        Assert.Equal(NamingNoteKind.DuplicateFile, naming.Notes.Single().Kind);
    }

    private static CorpusNaming Assign(params (string Path, string Title)[] files) =>
        CorpusNaming.Assign(
            files.Select(f => new NamingKey(f.Path, f.Path, f.Title, 1, Corpus.Reading.Text.Slug.From(f.Title))).ToImmutableArray(),
            Options);
}
