using System.Text;
using BenchmarkDotNet.Attributes;
using Corpus.Reading;
using Corpus.Reading.Model;
using Corpus.Testing;

namespace Corpus.Benchmarks;

/// <summary>
/// Benchmark 1's reading stage alone: the article reader (parse, extract metadata, identify the language, remove junk)
/// over 1,000 synthetic articles already decoded, against the floor of decoding the same bytes. No driver, no
/// emitting: what the reader itself costs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ReaderThroughput
{
    private IReadOnlyList<SyntheticFile> _files = null!;
    private ArticleFile[] _articles = null!;

    [Params(1_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = SyntheticCorpus.Create(Articles);
        _articles = [.. _files.Select(f => new ArticleFile(f.Path, Encoding.UTF8.GetString(f.Bytes)))];
    }

    [Benchmark(Baseline = true, Description = "decode (floor)")]
    public long Decode()
    {
        long characters = 0;
        foreach (var file in _files)
        {
            characters += Encoding.UTF8.GetString(file.Bytes).Length;
        }

        return characters;
    }

    [Benchmark(Description = "reader")]
    public int Read()
    {
        var articles = 0;
        foreach (var file in _articles)
        {
            articles += ArticleReader.Read(file).Article is null ? 0 : 1;
        }

        return articles;
    }
}
