using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Corpus.Testing;

namespace Corpus.Benchmarks;

/// <summary>Adds an MB/s column: the benchmarked corpus's size divided by the mean time of one operation.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new MegabytesPerSecond());

    private sealed class MegabytesPerSecond : IColumn
    {
        public string Id => nameof(MegabytesPerSecond);

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Corpus megabytes (10^6 bytes) processed per second";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            var articles = (int)benchmarkCase.Parameters["Articles"];
            // The benchmark ran in its own process; the summary's process recomputes the size from the same seed.
            var bytes = SyntheticCorpus.Create(articles).Sum(f => (long)f.Bytes.Length);
            return mean is > 0 ? (bytes / 1e6 / (mean.Value / 1e9)).ToString("F1", CultureInfo.InvariantCulture) : "-";
        }
    }
}
