using System;

namespace Corpus;

/// <summary>A picture that belongs to an article: its caption, its credit and, when known, where it is.</summary>
/// <param name="Caption">The caption as plain text, or <see langword="null"/> when there is none.</param>
/// <param name="Credit">The photographer or agency credited, or <see langword="null"/>.</param>
/// <param name="Url">The image's address when the file gives one, or <see langword="null"/>.</param>
public sealed record ArticleImage(string? Caption, string? Credit = null, Uri? Url = null);
