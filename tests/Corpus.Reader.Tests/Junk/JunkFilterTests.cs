using System.Diagnostics;
using System.Text;
using Corpus.Reading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Formats;
using Corpus.Reading.Junk;
using Corpus.Reading.Model;

namespace Corpus.Reader.Tests.Junk;

/// <summary>What junk removal does to real articles, and how a user chooses and overrules it.</summary>
public class JunkFilterTests
{
    private const string SpamArticle =
        "Port strike enters second week\n"
        + "Dock workers extended their strike into a second week on Monday, leaving hundreds of containers stranded. срочный займ на карту https://zaim-srazu.ru займ на карту онлайн\n"
        + "The union is demanding a 12 percent pay rise to offset inflation.\n";

    [Fact]
    public void The_plain_text_seed_keeps_its_ten_paragraphs_and_loses_its_spam_and_furniture()
    {
        var article = Read.SampleArticle("000_adab332ab06b8a70.txt");

        Assert.Equal(10, article.Paragraphs.Count);
        Assert.StartsWith("Britain signalled that it was ready", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("known as the 2 Plus 2 Consultation Group.", article.Paragraphs[9], StringComparison.Ordinal);
        Assert.StartsWith("срочный займ на карту", article.Removed[0].Text, StringComparison.Ordinal);
        Assert.Equal(RemovedKind.Spam, Assert.Single(article.Removed, r => r.Kind == RemovedKind.Spam).Kind);
        Assert.Contains(article.Removed, r => r is { Kind: RemovedKind.Boilerplate, Text: "Place your comment" });
        Assert.Contains(article.Removed, r => r is { Kind: RemovedKind.Boilerplate, Text: "Please fill your data and comment below." });
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Sign petition", StringComparison.Ordinal) || p.Contains("zp-pdl", StringComparison.Ordinal));
    }

    [Fact]
    public void The_markdown_seed_has_nothing_removed_and_its_credit_and_source_footer_become_fields()
    {
        var article = Read.SampleArticle("004_0576b9eab734e85a.txt");

        Assert.Empty(article.Removed);
        Assert.Equal(new[] { "Reuters", "MT" }, article.Credits);
        Assert.StartsWith("https://www.themoscowtimes.com/", article.OriginalUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_find_is_reported_where_it_stands_in_the_file()
    {
        var result = Read.Text(SpamArticle);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.SpamFound, 2, 107), (diagnostic.Kind, diagnostic.Line, diagnostic.Column));
        Assert.Equal("removed", diagnostic.Arguments[1]);
        Assert.Equal("Dock workers extended their strike into a second week on Monday, leaving hundreds of containers stranded.", result.Article!.Paragraphs[0]);
    }

    [Fact]
    public void Keep_reports_junk_but_leaves_the_text_as_written()
    {
        var result = ArticleReader.Read(new ArticleFile("a.txt", SpamArticle) { Junk = JunkMode.Keep });

        Assert.Empty(result.Article!.Removed);
        Assert.Contains("zaim-srazu.ru", result.Article.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("kept, as CorpusJunk is Keep", Assert.Single(result.Diagnostics).Arguments[1]);
    }

    [Fact]
    public void Off_does_not_look_for_junk()
    {
        var result = ArticleReader.Read(new ArticleFile("a.txt", SpamArticle) { Junk = JunkMode.Off });

        Assert.Empty(result.Article!.Removed);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Front_matter_overrules_what_the_file_was_handed_with()
    {
        var text = "---\ntitle: Port strike\ncorpus_junk: keep # the spam is the story\n---\n\n# " + SpamArticle.Replace("\n", "\n\n", StringComparison.Ordinal);

        var result = ArticleReader.Read(new ArticleFile("a.md", text) { Junk = JunkMode.Remove });

        Assert.Empty(result.Article!.Removed);
        Assert.Equal(DiagnosticKind.SpamFound, Assert.Single(result.Diagnostics).Kind);
    }

    [Fact]
    public void A_front_matter_value_that_is_no_mode_is_reported_at_its_line()
    {
        var result = Read.Text("---\ntitle: A title\ncorpus_junk: sometimes\n---\n\n# A title\n\nA body.\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticKind.InvalidSetting, 3), (diagnostic.Kind, diagnostic.Line));
        Assert.Equal(["corpus_junk", "sometimes", "'Remove'"], diagnostic.Arguments);
    }

    [Fact]
    public void An_item_metadata_value_that_is_no_mode_is_reported_in_the_file()
    {
        var result = ArticleReader.Read(new ArticleFile("a.txt", "A title\nA body.") { InvalidJunkMetadata = "sometimes" });

        Assert.Equal((DiagnosticKind.InvalidSetting, 0), (Assert.Single(result.Diagnostics).Kind, result.Diagnostics[0].Line));
    }

    [Theory]
    [InlineData("Remove", JunkMode.Remove)]
    [InlineData(" keep ", JunkMode.Keep)]
    [InlineData("OFF", JunkMode.Off)]
    [InlineData("false", JunkMode.Off)]
    [InlineData("'keep'", JunkMode.Keep)]
    public void Modes_are_read_ignoring_case_and_quotes(string text, JunkMode expected)
    {
        Assert.True(JunkModes.TryParse(text, out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sometimes")]
    [InlineData(null)]
    public void Other_values_are_no_mode(string? text) => Assert.False(JunkModes.TryParse(text, out _));

    [Fact]
    public void A_spam_link_is_cut_from_the_inline_runs_as_well_as_the_text()
    {
        var result = Read.Text("# Fashion week opens\n\nBuyers from the United States and China were back in large numbers, organisers said. [replica watches cheap rolex replica](https://replica-watch-shop.cn/rolex)\n\nThe week runs until Monday.\n");

        Assert.Equal("Buyers from the United States and China were back in large numbers, organisers said.", result.Article!.Paragraphs[0]);
        Assert.Equal(RemovedKind.Spam, Assert.Single(result.Article.Removed).Kind);
    }

    [Fact]
    public void Cut_blocks_keep_their_inline_runs_in_step_with_their_text()
    {
        var block = new DocumentBlock(BlockKind.Paragraph, "Read the report. cheap pills", 3, 1,
            [new InlineSegment(InlineKind.Plain, "Read the "), new InlineSegment(InlineKind.Link, "report", "https://example.org/r"), new InlineSegment(InlineKind.Plain, ". cheap pills")]);

        var cut = BlockCutter.Cut(block, [new TextRange(17, 28)])!;

        Assert.Equal("Read the report.", cut.Text);
        Assert.Equal("Read the report. ", string.Concat(cut.Inlines.Select(i => i.Text)));
        Assert.Equal("https://example.org/r", cut.Inlines[1].Url);
    }

    [Fact]
    public void A_block_cut_to_nothing_is_dropped() =>
        Assert.Null(BlockCutter.Cut(DocumentBlock.Plain(BlockKind.Paragraph, "buy pills", 1, 1), [new TextRange(0, 9)]));

    [Fact]
    public void A_clean_article_has_nothing_removed_and_no_finding()
    {
        var result = Read.Text("Minister resigns over expenses\nThe transport minister resigned on Friday after a newspaper revealed his expenses claims.\nHe said he had made an honest mistake.\n- A replacement will be named on Monday\n- The opposition called for an inquiry\n- The prime minister accepted the resignation\n");

        Assert.Empty(result.Article!.Removed);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Huge_articles_and_huge_tokens_are_read_in_one_pass()
    {
        var paragraph = "The talks in Geneva ended without agreement, officials said, but both sides promised to meet again next month. ";
        var text = new StringBuilder("A long article\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(paragraph).Append(i % 1000 == 0 ? "срочный займ на карту https://zaim.example.ru займ на карту\n" : "\n");
        }

        text.Append(new string('x', 2_000_000)).Append('\n').Append(string.Concat(Enumerable.Repeat("http://a.b/ ", 100_000))).Append('\n');
        var clock = Stopwatch.StartNew();

        var result = Read.Text(text.ToString());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Reading took {clock.Elapsed}.");
        Assert.Equal(40, result.Article!.Removed.Count(r => r.Kind == RemovedKind.Spam));
    }
}
