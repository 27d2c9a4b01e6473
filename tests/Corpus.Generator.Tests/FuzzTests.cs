using System.Globalization;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Reading;
using Corpus.Reading.Model;

namespace Corpus.Generator.Tests;

/// <summary>
/// A seeded property test over random article files: every one either becomes an article whose title and
/// paragraphs read back at run time exactly as the reader read them, or is left out with a diagnostic; the generated
/// code always compiles with no error or warning, documentation included.
/// </summary>
/// <remarks>
/// CI runs <see cref="DefaultCount"/> files. The long run is
/// <c>CORPUS_FUZZ_COUNT=10000 dotnet test tests/Corpus.Generator.Tests --filter FuzzTests</c>; set
/// <c>CORPUS_FUZZ_SEED</c> to replay another seed. A failure names the seed and the file.
/// </remarks>
public class FuzzTests
{
    public const int DefaultCount = 1500;
    public const int DefaultSeed = 20261122;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Random_files_compile_and_read_back_exactly_or_are_left_out_with_a_diagnostic(bool embeddedStore)
    {
        var count = Setting("CORPUS_FUZZ_COUNT", DefaultCount);
        var seed = Setting("CORPUS_FUZZ_SEED", DefaultSeed);
        var random = new Random(seed);
        var files = Enumerable.Range(0, count).Select(i => FuzzArticles.Create(random, i)).ToList();

        // Steps are not tracked: tracking costs the driver time that grows with the square of the file count.
        var harness = new GeneratorHarness { EmbeddedStore = embeddedStore, TrackSteps = false };
        var (_, output, generatorDiagnostics) = harness.Run(files);

        Assert.DoesNotContain(generatorDiagnostics, d => d.Id is "CS8785" or "AD0001" or "CORPUS001" or "CORPUS023");
        var problems = GeneratedAssembly.Problems(output).Take(20).ToList();
        Assert.True(problems.Count == 0, $"seed {seed}:\n" + string.Join("\n", problems.Select(DiagnosticText.Format)));

        using var generated = GeneratedAssembly.Load(output, store: embeddedStore ? harness.BuildStore(files).Store : null);
        var compiled = generated.All.ToDictionary(a => a.SourcePath);
        var reported = generatorDiagnostics.Select(d => Path.GetFileName(d.Location.GetLineSpan().Path)).ToHashSet();

        var read = 0;
        foreach (var file in files)
        {
            var expected = ArticleReader.Read(new ArticleFile(file.RelativePath, file.Text, file.Encoding is UTF8Encoding ? TextEncoding.Utf8 : TextEncoding.Windows1252Fallback)).Article;
            var where = $"seed {seed}, {file.RelativePath}";
            if (expected is null)
            {
                Assert.False(compiled.ContainsKey(file.RelativePath), where + " was left out by the reader but compiled");
                Assert.True(reported.Contains(Path.GetFileName(file.RelativePath)), where + " was left out without a diagnostic");
                continue;
            }

            read++;
            Assert.True(compiled.TryGetValue(expected.SourcePath, out var article), where + " is missing from All");
            Assert.True(expected.Title == article.Title, $"{where}: title {Escape(expected.Title)} came back as {Escape(article.Title)}");
            Assert.True(expected.Paragraphs.SequenceEqual(article.Paragraphs), $"{where}: paragraphs differ");
        }

        Assert.True(read > count / 2, $"only {read} of {count} files became articles: the generator of test files is off");
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 32 || c > 126 ? $"\\u{(int)c:X4}" : c.ToString()));
}
