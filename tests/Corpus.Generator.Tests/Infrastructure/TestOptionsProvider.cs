using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>MSBuild properties and item metadata as the package's props and targets make them visible to the compiler.</summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, TestOptions> _perFile;

    public TestOptionsProvider(IReadOnlyDictionary<string, string> global, Dictionary<string, TestOptions> perFile)
    {
        GlobalOptions = new TestOptions(global);
        _perFile = perFile;
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : TestOptions.Empty;
}

internal sealed class TestOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static readonly TestOptions Empty = new(new Dictionary<string, string>());

    public override IEnumerable<string> Keys => values.Keys;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}
