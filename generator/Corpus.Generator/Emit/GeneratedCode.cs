using System.Reflection;

namespace Corpus.Generator.Emit;

/// <summary>
/// What the generated class is marked with, once, on the part that holds the index: <c>[GeneratedCode("Corpus", version)]</c>.
/// It applies to every member; one attribute per article would cost the compiler about 3 s per 20,000 articles.
/// </summary>
internal static class GeneratedCode
{
    public static readonly string Version =
        typeof(GeneratedCode).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(GeneratedCode).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public static readonly string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus\", \"" + Version + "\")]";
}
