namespace Vigie.Times;

/// <summary>
/// One pattern of a language's time expressions: a sequence of elements over tokens, and its meaning.
/// </summary>
/// <remarks>
/// <para>Elements are separated by spaces. An element is a word (matched on its <see cref="Text.TextFold"/>
/// key, so case, apostrophes and dashes do not matter; accents only when the word is not found with
/// them), a class in braces (<c>{month}</c>, <c>{day}</c>, <c>{count}</c>, <c>{unit}</c> …, listed in
/// docs/TIMES.md), or alternatives of both joined by <c>|</c> (<c>dernier|passé</c>). A final <c>?</c>
/// makes an element optional. Elements in angle brackets at the start or end (<c>&lt;en&gt;</c>) must be
/// there but are left out of the expression's span; a first or last element starting with <c>!</c>
/// must not be the token before or after the match (<c>!'s</c>). Every word element is one token of
/// the language's tokenizer.</para>
/// <para>Example: <c>il y a {count} {unit}</c> with <see cref="TimePatternKind.Offset"/> and
/// parameter -1 reads « il y a trois jours » as three days before publication.</para>
/// </remarks>
/// <param name="Pattern">The elements.</param>
/// <param name="Kind">What the words mean.</param>
/// <param name="Parameter">A number the meaning needs (a direction, an offset, a percentage); see <see cref="TimePatternKind"/>.</param>
/// <param name="Value">A fixed value the meaning needs (PRESENT_REF, a holiday, a set's value).</param>
public sealed record TimePattern(string Pattern, TimePatternKind Kind, int Parameter = 0, string? Value = null);
