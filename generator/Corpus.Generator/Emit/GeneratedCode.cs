using System.Reflection;

namespace Corpus.Generator.Emit;

/// <summary>What every generated member is marked with: <c>[GeneratedCode("Corpus", version)]</c>.</summary>
internal static class GeneratedCode
{
    public static readonly string Version =
        typeof(GeneratedCode).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(GeneratedCode).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    public static readonly string Attribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus\", \"" + Version + "\")]";
}
