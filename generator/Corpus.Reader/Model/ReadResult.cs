using Corpus.Reading.Diagnostics;

namespace Corpus.Reading.Model;

/// <summary>What reading one file produced: the article, unless it had to be left out, and what was found wrong.</summary>
/// <param name="SourcePath">The project-relative path, as in the model.</param>
/// <param name="DiagnosticPath">The path diagnostics about this file are reported at.</param>
/// <param name="Article">The article, or <see langword="null"/> when the file had to be left out.</param>
/// <param name="Diagnostics">Everything found wrong, in file order.</param>
public sealed record ReadResult(string SourcePath, string DiagnosticPath, ArticleModel? Article, EquatableArray<ReaderDiagnostic> Diagnostics);
