namespace Corpus.Reading.Diagnostics;

/// <summary>
/// A problem found in an article file, located by line and column (both 1-based; 0 when unknown), with the values
/// its message is formatted with. The generator turns each <see cref="DiagnosticKind"/> into a <c>CORPUSnnn</c> rule.
/// </summary>
public sealed record ReaderDiagnostic(
    DiagnosticKind Kind,
    string Path,
    int Line,
    int Column,
    int Length,
    EquatableArray<string> Arguments)
{
    public static ReaderDiagnostic At(DiagnosticKind kind, string path, TextPosition position, params string[] arguments) =>
        new(kind, path, position.Line, position.Column, position.Length, EquatableArray.Create(arguments));

    public static ReaderDiagnostic InFile(DiagnosticKind kind, string path, params string[] arguments) =>
        new(kind, path, 0, 0, 0, EquatableArray.Create(arguments));
}

/// <summary>A place in an article file: 1-based line and column, and the length of the text meant (0 for a point).</summary>
public readonly record struct TextPosition(int Line, int Column, int Length = 0)
{
    public static TextPosition Line1 => new(1, 1);
}
