using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// Benchmark 1: the generator alone over 1,000 and 10,000 synthetic articles (~5 KB each), against the floor of
/// reading and decoding the same files. The MB/s column divides the corpus size by the mean time. Three ways the
/// articles are read: by the build task (every file, on one thread here), by the generator in a build with the
/// package's targets (it takes each file the task read from the task's manifest), and by the generator with
/// <c>CorpusStorage=Inline</c> (no task, so it reads every file itself).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GeneratorThroughput
{
    private GeneratorInputs _inputs = null!;
    private GeneratorInputs _inline = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GeneratorInputs.Create(Articles);
        _inline = _inputs.WithInlineStore();
    }

    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    [Benchmark(Baseline = true, Description = "read + decode (floor)")]
    public long ReadAndDecode()
    {
        long characters = 0;
        foreach (var path in _inputs.Paths)
        {
            characters += Encoding.UTF8.GetString(File.ReadAllBytes(path)).Length;
        }

        return characters;
    }

    [Benchmark(Description = "build task's reading, one thread")]
    public int TaskReading() => _inputs.ReadAll(threads: 1).Length;

    [Benchmark(Description = "generator, embedded store (takes the task's manifest)")]
    public GeneratorDriver FullRun() => _inputs.Driver(_inputs.Texts()).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "generator, inline store (reads every file)")]
    public GeneratorDriver FullRunReadingEveryFile() => _inline.Driver(_inline.Texts()).RunGenerators(_inline.Compilation);
}

/// <summary>
/// Benchmark 2: editing one article of 10,000. The incremental run (the driver keeps its state; one article file is
/// saved with a new body, and the build task's manifest with it) against a full run of the same corpus.
/// </summary>
/// <remarks>
/// The generator reads an article's bytes from disk, so an edit is written to the file, as an editor saves it; handing
/// the driver a changed text for an unchanged file would change nothing. Each call toggles the article between its
/// original and an edited body, so every call is a real edit.
/// </remarks>
[MemoryDiagnoser]
public class IncrementalEdit
{
    private GeneratorInputs _inputs = null!;
    private GeneratorInputs _inline = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _article = null!;
    private AdditionalText _manifest = null!;
    private (byte[] Bytes, string Manifest)[] _states = null!;
    private int _edits;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GeneratorInputs.Create(Articles);
        _inline = _inputs.WithInlineStore();
        var path = _inputs.Paths[Articles / 2];
        var original = _inputs.Files[Articles / 2].Bytes;
        var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original) + "\nAn added paragraph, saved in the editor.\n");
        File.WriteAllBytes(path, edited);
        var editedManifest = _inputs.WriteStore().Manifest;
        File.WriteAllBytes(path, original);
        _states = [(original, File.ReadAllText(_inputs.ManifestPath!)), (edited, editedManifest)];

        var texts = _inputs.Texts();
        _driver = _inputs.Driver(texts).RunGenerators(_inputs.Compilation);
        _article = texts[Articles / 2];
        _manifest = texts[^1];
    }

    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    [Benchmark(Baseline = true, Description = "full run")]
    public GeneratorDriver FullRun() => _inputs.Driver(_inputs.Texts()).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "full run, no manifest (reads every file)")]
    public GeneratorDriver FullRunReadingEveryFile() => _inline.Driver(_inline.Texts()).RunGenerators(_inline.Compilation);

    [Benchmark(Description = "one article edited")]
    public GeneratorDriver OneArticleEdited()
    {
        var (bytes, manifest) = _states[++_edits % 2];
        File.WriteAllBytes(_article.Path, bytes);
        var article = new GeneratorInputs.FileText(_article.Path);
        var newManifest = new GeneratorInputs.FileText(_manifest.Path, manifest);
        _driver = _driver.ReplaceAdditionalText(_article, article).ReplaceAdditionalText(_manifest, newManifest).RunGenerators(_inputs.Compilation);
        (_article, _manifest) = (article, newManifest);
        return _driver;
    }
}
