using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// Benchmark 1: the generator alone over 1,000 and 10,000 synthetic articles (~5 KB each), against the floor of
/// reading and decoding the same files. The MB/s column divides the corpus size by the mean time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class GeneratorThroughput
{
    private GeneratorInputs _inputs = null!;

    [Params(1_000, 10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GeneratorInputs.Create(Articles);
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

    [Benchmark(Description = "generator, full run")]
    public GeneratorDriver FullRun() => _inputs.Driver(_inputs.Texts()).RunGenerators(_inputs.Compilation);
}

/// <summary>
/// Benchmark 2: editing one article of 10,000. The incremental run (the driver keeps its state, one text changes)
/// against a full run of the same corpus.
/// </summary>
[MemoryDiagnoser]
public class IncrementalEdit
{
    private GeneratorInputs _inputs = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _current = null!;
    private int _edits;

    [Params(10_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = GeneratorInputs.Create(Articles);
        var texts = _inputs.Texts();
        _driver = _inputs.Driver(texts).RunGenerators(_inputs.Compilation);
        _current = texts[Articles / 2];
    }

    [GlobalCleanup]
    public void Cleanup() => _inputs.Dispose();

    [Benchmark(Baseline = true, Description = "full run")]
    public GeneratorDriver FullRun() => _inputs.Driver(_inputs.Texts()).RunGenerators(_inputs.Compilation);

    [Benchmark(Description = "one article edited")]
    public GeneratorDriver OneArticleEdited()
    {
        // Each call is a new edit of the same article's body, as typing in the IDE would make.
        var original = Encoding.UTF8.GetString(_inputs.Files[Articles / 2].Bytes);
        var edited = new GeneratorInputs.FileText(_current.Path, original + "\nAn added paragraph, edit " + ++_edits + ".");
        _driver = _driver.ReplaceAdditionalText(_current, edited).RunGenerators(_inputs.Compilation);
        _current = edited;
        return _driver;
    }
}
