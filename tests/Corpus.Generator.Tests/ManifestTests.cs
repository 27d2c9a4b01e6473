using System.Text;
using Corpus.Generator.Pipeline;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Reading;
using Corpus.Reading.Diagnostics;
using Corpus.Reading.Model;
using Corpus.Reading.Storage;
using Corpus.Reading.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>
/// The store's manifest carries what the build task read from every file, so that the generator reads only what changed
/// since: it must carry every digest exactly, be taken only for exactly the input it was made from, and give the same
/// generated code and diagnostics as reading.
/// </summary>
public class ManifestTests
{
    private static readonly string[] Awkward =
    [
        "", "\\", "\\N", "\\n", "a\tb", "line\nbreak", "cr\rlf\r\n", "\u0001\u001f\u007f\u0085", "\uFEFFbom", "lone \uD800 high", "lone \uDC00 low",
        "pair \uD83D\uDE00", "ends with \\", "\u2028\u2029", "Ελληνικά · русский · 中文", "trailing\t",
    ];

    [Fact]
    public void A_manifest_carries_every_digest_exactly_through_UTF_8()
    {
        var random = new Random(FuzzTests.DefaultSeed);
        var settings = new ArticleSettings("/work/project/");
        var read = Enumerable.Range(0, 300)
            .Select(i => FuzzArticles.Create(random, i))
            .Select(article => ArticleDigest.Read(settings.File("/work/project/" + article.RelativePath, article.Text is { } text ? new DecodedText(text, TextEncoding.Utf8) : null, null)));
        var awkward = Awkward.Select((text, i) => new ArticleDigest(
            (ulong)i * 0x9E3779B97F4A7C15,
            "dir/" + text + i,
            "/full/" + text + i,
            new ArticleSummary(text, i, text, text, i % 2 == 0 ? null : text, i, new StoreEntry("dir/" + text + i, StoreEntry.TitleLengthOf(text), StoreEntry.TitleLengthOf(text) + i, (ulong)i)),
            EquatableArray.Create(new ReaderDiagnostic(DiagnosticKind.SpamFound, "/full/" + text, i, i + 1, i + 2, EquatableArray.Create(text, "", text)))));
        var digests = read.Concat(awkward).ToList();
        Assert.Contains(digests, d => d.Article is null);
        Assert.Contains(digests, d => d.Diagnostics.Count > 1);

        var text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(StoreManifest.Write(digests)));
        var manifest = StoreManifest.Read(text);

        Assert.NotNull(manifest);
        var expected = digests.Select(WithoutRecord).OrderBy(d => d.DiagnosticPath, StringComparer.Ordinal);
        Assert.Equal(expected, manifest.Files);
        Assert.Equal(ArticleDigest.Entries(digests).Select(e => e.WithoutRecord()), manifest.Entries);

        // The generator's index finds every line by path and fingerprint, gives the same digest from it, and the same entries.
        var index = Assert.IsType<ManifestIndex>(ManifestIndex.Read(text));
        Assert.Equal(manifest.Entries, index.Entries);
        foreach (var file in manifest.Files)
        {
            Assert.Equal(file, index.Find(file.DiagnosticPath, file.Fingerprint)?.Digest());
            Assert.Null(index.Find(file.DiagnosticPath, file.Fingerprint + 1));
        }
    }

    [Theory]
    [InlineData("CorpusStore/1 manifest\n")]
    [InlineData("CorpusStore/3 manifest, longer\n")]
    [InlineData("CorpusStore/3 manifest\n\n0123456789abcdef\t/a.txt\ta.txt\t-\t0\n")]
    [InlineData("0123456789abcdef\t/a.txt\ta.txt\t-\t0")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\t-\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\t-\t0\textra\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\t?\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.\\qtxt\ta.txt\t-\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\\\ta.txt\t-\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\t-\t1\tNoSuchKind\t/a.txt\t1\t1\t0\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\t-\t1\t999\t/a.txt\t1\t1\t0\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\t-\t1\tSpamFound\t/a.txt\t1\t1\t0\t2\tonly one\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcde\t/a.txt\ta.txt\t-\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\tA\tTitle\tone\tid\t\t\\N\t3\t10\t0123456789abcdef\t0\n")]
    [InlineData("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\tA\tTitle\t1\tid\t\t\\N\t3\t9\t0123456789abcdef\t0\n")]
    public void A_manifest_that_is_not_exactly_one_this_version_writes_is_not_read(string text)
    {
        Assert.Null(StoreManifest.Read(text));

        // The generator's index reads only some fields of each line: a line damaged elsewhere is found, but gives no
        // digest, and its file is read instead.
        if (ManifestIndex.Read(text) is { } index)
        {
            var line = index.Find("/a.txt", 0x0123456789abcdef);
            Assert.True(line is null || line.Digest() is null, "A damaged line gave a digest.");
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_manifest_is_read_with_either_line_ending_and_with_or_without_a_last_one(string newline)
    {
        var lines = new[] { "CorpusStore/3 manifest", "0123456789abcdef\t/a.txt\ta.txt\t-\t0", "0123456789abcdef\t/b.txt\tb.txt\t-\t0" };

        foreach (var text in new[] { string.Join(newline, lines) + newline, string.Join(newline, lines) })
        {
            var manifest = Assert.IsType<StoreManifest>(StoreManifest.Read(text));
            Assert.Equal(["a.txt", "b.txt"], manifest.Files.Select(f => f.SourcePath));
        }
    }

    /// <summary>
    /// A file on disk is fingerprinted by its bytes, as the build task fingerprints it, without being decoded or its
    /// text kept; the compiler's text of it is never asked for. It is decoded only when it has to be read, and at once
    /// when it is bound to be (an inline store).
    /// </summary>
    [Fact]
    public void A_file_on_disk_is_told_by_its_bytes_and_decoded_only_to_be_read()
    {
        var directory = Directory.CreateTempSubdirectory("corpus-fingerprint-").FullName + "/";
        try
        {
            var path = directory + "story.txt";
            File.WriteAllText(path, "A story\n\nIts body, long enough to be read as an article.\n");
            var options = CorpusOptions.From(new TestOptions(new Dictionary<string, string> { ["build_property.ProjectDir"] = directory, ["build_property.CorpusStorage"] = "Resource" }));

            var source = ArticleInputs.ToSource(new UnreadableText(path), "", new TestOptions(new Dictionary<string, string>()), options, CancellationToken.None);

            var asTheTaskReadsIt = options.Reading.ReadFile(path, "");
            Assert.Null(source.Decoded);
            Assert.Equal(ArticleDigest.FingerprintOf(asTheTaskReadsIt), source.Fingerprint);
            Assert.Equal(asTheTaskReadsIt, source.Load());

            File.WriteAllText(path, "A story\n\nIts body, changed by one word, long enough to be read as an article.\n");
            var changed = ArticleInputs.ToSource(new UnreadableText(path), "", new TestOptions(new Dictionary<string, string>()), options, CancellationToken.None);
            Assert.NotEqual(source.Fingerprint, changed.Fingerprint);
            Assert.NotEqual(source, changed);

            // An inline store has no manifest: every file is read, so it is decoded at once rather than read twice.
            var inline = CorpusOptions.From(new TestOptions(new Dictionary<string, string> { ["build_property.ProjectDir"] = directory, ["build_property.CorpusStorage"] = "Inline" }));
            var read = ArticleInputs.ToSource(new UnreadableText(path), "", new TestOptions(new Dictionary<string, string>()), inline, CancellationToken.None);
            Assert.Equal(options.Reading.ReadFile(path, ""), read.Decoded);
            Assert.Equal(changed.Fingerprint, read.Fingerprint);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>An additional file whose text the compiler cannot give: a test that it is never asked for.</summary>
    private sealed class UnreadableText(string path) : Microsoft.CodeAnalysis.AdditionalText
    {
        public override string Path => path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The compiler's text of a file on disk was asked for.");
    }

    [Fact]
    public void A_manifest_line_equals_the_same_line_wherever_it_lies_and_no_other()
    {
        const string a = "0123456789abcdef\t/a.txt\ta.txt\t-\t0";
        const string b = "0123456789abcdef\t/b.txt\tb.txt\t-\t0";
        var first = ManifestIndex.Read($"{StoreManifest.Header}\n{a}\n{b}\n")!;
        var second = ManifestIndex.Read($"{StoreManifest.Header}\r\n{b}\r\n{a}\r\n")!;
        var changed = ManifestIndex.Read($"{StoreManifest.Header}\n{a.Replace("a.txt\t-", "a.txt\t-", StringComparison.Ordinal)}1\n")!;

        var line = first.Find("/a.txt", 0x0123456789abcdef)!;
        Assert.Equal(line, second.Find("/a.txt", 0x0123456789abcdef));
        Assert.Equal(line.GetHashCode(), second.Find("/a.txt", 0x0123456789abcdef)!.GetHashCode());
        Assert.NotEqual(line, first.Find("/b.txt", 0x0123456789abcdef));
        Assert.NotEqual(line, changed.Find("/a.txt", 0x0123456789abcdef));
    }

    [Fact]
    public void Entries_are_put_in_store_order_whatever_order_they_come_in()
    {
        StoreEntry Entry(string path, ulong hash) => new(path, 0, 10, hash);

        var entries = StoreEntry.InStoreOrder([Entry("b.txt", 1), Entry("a.txt", 2), Entry("c.txt", 3), Entry("a.txt", 4)]);

        Assert.Equal([("a.txt", 2UL), ("b.txt", 1UL), ("c.txt", 3UL)], entries.Select(e => (e.SourcePath, e.Hash)));
        Assert.Equal(["a.txt", "b.txt"], StoreEntry.InStoreOrder([Entry("a.txt", 1), Entry("b.txt", 2)]).Select(e => e.SourcePath));
    }

    [Fact]
    public void An_article_line_is_read_when_its_bytes_can_hold_its_title()
    {
        // The line the last case above refuses, but long enough for its title's 10 bytes of UTF-16.
        var manifest = StoreManifest.Read("CorpusStore/3 manifest\n0123456789abcdef\t/a.txt\ta.txt\tA\tTitle\t1\tid\t\t\\N\t3\t10\t0123456789abcdef\t0\n");

        var entry = Assert.Single(Assert.IsType<StoreManifest>(manifest).Entries);
        Assert.Equal((10, 10), (entry.TitleLength, entry.Length));
    }

    [Fact]
    public void An_unchanged_file_is_taken_from_the_manifest_and_a_changed_one_is_read()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        IReadOnlyList<TestArticle> articles =
        [
            new("articles/a.txt", "Alpha story\nThe first body, long enough to be read as an article.\n"),
            new("articles/b.txt", "Beta story\nThe second body, long enough to be read as an article.\n"),
        ];

        // A digest the reader could not have made from a.txt: only the manifest can have given it.
        var manifest = harness.BuildStore(articles).Manifest.Replace("\tAlpha story\t", "\tTaken from the manifest\t", StringComparison.Ordinal);
        var edited = articles.Select((a, i) => i == 1 ? a with { Text = a.Text!.Replace("second body", "second body, edited", StringComparison.Ordinal) } : a).ToList();
        var texts = edited.Select(harness.ToAdditionalText).Append(new InMemoryAdditionalText(harness.ManifestPath, manifest));
        var result = harness.CreateDriver(edited, texts).RunGenerators(harness.CreateCompilation()).GetRunResult();

        var source = string.Concat(result.Results.Single().GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("/// <summary>Taken from the manifest</summary>", source, StringComparison.Ordinal);
        Assert.Contains(" TakenFromTheManifest => ", source, StringComparison.Ordinal);
        Assert.Contains(" BetaStory => ", source, StringComparison.Ordinal);

        var matches = result.Results.Single().TrackedSteps[TrackingNames.Match].SelectMany(step => step.Outputs).Select(o => (ArticleMatch)o.Value).ToList();
        Assert.Equal([true, false], matches.OrderBy(m => m.Source.FullPath, StringComparer.Ordinal).Select(m => m.Line is not null));

        // The edited file was read, its record is not the embedded one, and the build says so.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CORPUS023", diagnostic.Id);
        Assert.Contains("'articles/b.txt'", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_gives_the_same_code_and_diagnostics_as_reading_every_file()
    {
        var random = new Random(FuzzTests.DefaultSeed + 1);
        var articles = SampleArticles.All.Concat(Enumerable.Range(0, 400).Select(i => FuzzArticles.Create(random, i))).ToList();
        var harness = new GeneratorHarness { EmbeddedStore = true, TrackSteps = false };
        var manifest = harness.BuildStore(articles).Manifest;

        // Every fingerprint changed: the generator can take nothing from the manifest, and reads every file itself.
        var lines = manifest.Split('\n');
        var unusable = string.Join('\n', lines.Select((line, i) => i == 0 || line.Length == 0 ? line : "ffffffffffffffff" + line[16..]));

        var taken = Run(harness, articles, manifest);
        var reread = Run(harness, articles, unusable);

        Assert.Equal(reread.Sources, taken.Sources);
        Assert.Equal(reread.Diagnostics, taken.Diagnostics);
        Assert.DoesNotContain("CORPUS023", taken.Diagnostics, StringComparison.Ordinal);
        Assert.Contains("CORPUS0", taken.Diagnostics, StringComparison.Ordinal);
    }

    /// <summary>
    /// A store over 1 GiB fails the build with CORPUS024. No test can write a gigabyte of articles, but the generator
    /// sizes the store from the records' lengths, and the manifest says what they are.
    /// </summary>
    [Fact]
    public void A_store_larger_than_an_assembly_can_hold_fails_the_build_with_CORPUS024()
    {
        var harness = new GeneratorHarness { EmbeddedStore = true };
        IReadOnlyList<TestArticle> articles = [new("articles/a.txt", "Alpha story\nThe first body, long enough to be read as an article.\n")];
        var line = harness.BuildStore(articles).Manifest.Split('\n')[1].Split('\t');
        line[10] = "1100000000"; // the record length
        var manifest = StoreManifest.Header + "\n" + string.Join('\t', line) + "\n";
        var texts = articles.Select(harness.ToAdditionalText).Append(new InMemoryAdditionalText(harness.ManifestPath, manifest));

        var diagnostic = Assert.Single(harness.CreateDriver(articles, texts).RunGenerators(harness.CreateCompilation()).GetRunResult().Diagnostics);

        Assert.Equal("CORPUS024", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("1073741823", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static (string Sources, string Diagnostics) Run(GeneratorHarness harness, IReadOnlyList<TestArticle> articles, string manifest)
    {
        var texts = articles.Select(harness.ToAdditionalText).Append(new InMemoryAdditionalText(harness.ManifestPath, manifest));
        var result = harness.CreateDriver(articles, texts).RunGenerators(harness.CreateCompilation()).GetRunResult();
        var sources = string.Join("\n", result.Results.Single().GeneratedSources.Select(s => "//" + s.HintName + "\n" + s.SourceText));
        return (sources, DiagnosticText.Format(result.Diagnostics));
    }

    private static ArticleDigest WithoutRecord(ArticleDigest digest) =>
        digest.Article is { } article ? digest with { Article = article with { Entry = article.Entry.WithoutRecord() } } : digest;
}
