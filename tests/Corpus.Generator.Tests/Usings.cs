global using Corpus.Generator;
global using Microsoft.CodeAnalysis;
