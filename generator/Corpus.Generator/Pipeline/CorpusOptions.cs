using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// The project-wide settings, read from MSBuild properties made visible to the compiler by the package's props:
/// <c>CorpusNamespace</c> (default: <c>RootNamespace</c>), <c>CorpusClassName</c> (default <c>Articles</c>) and the
/// project directory that source paths are made relative to.
/// </summary>
internal sealed record CorpusOptions(string Namespace, string ClassName, string? ProjectDirectory, string? InvalidNamespace, string? InvalidClassName)
{
    public const string DefaultClassName = "Articles";

    public static CorpusOptions From(AnalyzerConfigOptions options)
    {
        var requestedNamespace = Read(options, "CorpusNamespace") ?? Read(options, "RootNamespace") ?? "";
        var requestedClass = Read(options, "CorpusClassName") ?? DefaultClassName;
        var projectDirectory = Read(options, "CorpusProjectDirectory") ?? Read(options, "ProjectDir") ?? Read(options, "MSBuildProjectDirectory");

        var namespaceIsValid = requestedNamespace.Length == 0 || IsValidNamespace(requestedNamespace);
        var classIsValid = SyntaxFacts.IsValidIdentifier(requestedClass) && SyntaxFacts.GetKeywordKind(requestedClass) == SyntaxKind.None;
        return new CorpusOptions(
            namespaceIsValid ? requestedNamespace : "",
            classIsValid ? requestedClass : DefaultClassName,
            projectDirectory,
            namespaceIsValid ? null : requestedNamespace,
            classIsValid ? null : requestedClass);
    }

    private static string? Read(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue("build_property." + property, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsValidNamespace(string name)
    {
        foreach (var part in name.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None)
            {
                return false;
            }
        }

        return true;
    }
}
