using System.Runtime.Loader;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// A compilation's generated corpus loaded into its own collectible context; the runtime library is shared with the
/// tests, so its <see cref="Article"/> objects can be used directly. Dispose to unload.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private GeneratedAssembly(AssemblyLoadContext context, Type articles)
    {
        _context = context;
        Articles = articles;
    }

    /// <summary>The generated class.</summary>
    public Type Articles { get; }

    public IReadOnlyList<Article> All => (IReadOnlyList<Article>)Articles.GetProperty("All")!.GetValue(null)!;

    /// <param name="compilation">The compilation with the generated sources.</param>
    /// <param name="typeName">The generated class.</param>
    /// <param name="store">An embedded store to add as the resource <c>Corpus.Store</c>, as the package's targets do.</param>
    public static GeneratedAssembly Load(Compilation compilation, string typeName = "Consumer.Articles", byte[]? store = null)
    {
        using var stream = new MemoryStream();
        ResourceDescription[] resources = store is null ? [] : [new ResourceDescription("Corpus.Store", () => new MemoryStream(store), isPublic: true)];
        var result = compilation.Emit(stream, manifestResources: resources);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(DiagnosticText.Format)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("generated-corpus", isCollectible: true);
        return new GeneratedAssembly(context, context.LoadFromStream(stream).GetType(typeName, throwOnError: true)!);
    }

    /// <summary>
    /// Every warning and error of the compilation with its documentation comments checked too, as in a consumer that
    /// generates a documentation file: generated XML docs must be well formed.
    /// </summary>
    public static List<Diagnostic> Problems(Compilation compilation)
    {
        var documented = compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), GeneratorHarness.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose), t.FilePath));
        return compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(documented).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
    }

    public void Dispose() => _context.Unload();
}
