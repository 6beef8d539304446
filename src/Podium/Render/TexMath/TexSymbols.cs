using System.Collections.Frozen;

namespace Podium.Render.TexMath;

/// <summary>The TeX commands <see cref="TexText"/> knows by name: symbols, spacing, accents and commands it drops.</summary>
internal static class Symbols
{
    /// <summary>Commands that stand for one symbol (or a few letters) of text.</summary>
    public static readonly FrozenDictionary<string, string> Table = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // Greek. TeX's \epsilon and \phi are the lunate and loop forms; the var- forms the others.
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["varkappa"] = "ϰ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["omicron"] = "ο", ["pi"] = "π",
        ["varpi"] = "ϖ", ["rho"] = "ρ", ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ",
        ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Alpha"] = "Α", ["Beta"] = "Β", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Epsilon"] = "Ε", ["Zeta"] = "Ζ", ["Eta"] = "Η",
        ["Theta"] = "Θ", ["Iota"] = "Ι", ["Kappa"] = "Κ", ["Lambda"] = "Λ", ["Mu"] = "Μ", ["Nu"] = "Ν", ["Xi"] = "Ξ",
        ["Omicron"] = "Ο", ["Pi"] = "Π", ["Rho"] = "Ρ", ["Sigma"] = "Σ", ["Tau"] = "Τ", ["Upsilon"] = "Υ", ["Phi"] = "Φ",
        ["Chi"] = "Χ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["varGamma"] = "Γ", ["varDelta"] = "Δ", ["varTheta"] = "Θ",
        ["varLambda"] = "Λ", ["varPi"] = "Π", ["varSigma"] = "Σ", ["varPhi"] = "Φ", ["varPsi"] = "Ψ", ["varOmega"] = "Ω",
        ["digamma"] = "ϝ",

        // Letter-like symbols.
        ["ell"] = "ℓ", ["hbar"] = "ℏ", ["hslash"] = "ℏ", ["imath"] = "ı", ["jmath"] = "ȷ", ["aleph"] = "ℵ", ["beth"] = "ℶ",
        ["wp"] = "℘", ["Re"] = "ℜ", ["Im"] = "ℑ", ["partial"] = "∂", ["nabla"] = "∇", ["infty"] = "∞", ["emptyset"] = "∅",
        ["varnothing"] = "∅", ["complement"] = "∁",

        // Binary operators.
        ["times"] = "×", ["cdot"] = "·", ["cdotp"] = "·", ["centerdot"] = "·", ["pm"] = "±", ["mp"] = "∓", ["div"] = "÷",
        ["ast"] = "∗", ["star"] = "⋆", ["circ"] = "∘", ["bullet"] = "•", ["oplus"] = "⊕", ["ominus"] = "⊖",
        ["otimes"] = "⊗", ["odot"] = "⊙", ["oslash"] = "⊘", ["cup"] = "∪", ["cap"] = "∩", ["sqcup"] = "⊔",
        ["sqcap"] = "⊓", ["uplus"] = "⊎", ["setminus"] = "∖", ["smallsetminus"] = "∖", ["backslash"] = "∖",
        ["wedge"] = "∧", ["land"] = "∧", ["vee"] = "∨", ["lor"] = "∨", ["neg"] = "¬", ["lnot"] = "¬", ["dagger"] = "†",
        ["ddagger"] = "‡", ["dag"] = "†", ["ddag"] = "‡", ["wr"] = "≀", ["amalg"] = "⨿", ["diamond"] = "⋄",
        ["triangleleft"] = "◁", ["triangleright"] = "▷", ["bigtriangleup"] = "△", ["bigtriangledown"] = "▽",

        // Relations.
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["leqslant"] = "⩽", ["geqslant"] = "⩾", ["leqq"] = "≦",
        ["geqq"] = "≧", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈", ["approxeq"] = "≊", ["sim"] = "∼", ["simeq"] = "≃",
        ["cong"] = "≅", ["equiv"] = "≡", ["propto"] = "∝", ["varpropto"] = "∝", ["ll"] = "≪", ["gg"] = "≫", ["lll"] = "⋘",
        ["ggg"] = "⋙", ["lesssim"] = "≲", ["gtrsim"] = "≳", ["lessapprox"] = "⪅", ["gtrapprox"] = "⪆", ["prec"] = "≺",
        ["succ"] = "≻", ["preceq"] = "⪯", ["succeq"] = "⪰", ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋", ["owns"] = "∋",
        ["subset"] = "⊂", ["subseteq"] = "⊆", ["subsetneq"] = "⊊", ["supset"] = "⊃", ["supseteq"] = "⊇",
        ["supsetneq"] = "⊋", ["sqsubseteq"] = "⊑", ["sqsupseteq"] = "⊒", ["perp"] = "⊥", ["parallel"] = "∥",
        ["nparallel"] = "∦", ["mid"] = "∣", ["nmid"] = "∤", ["models"] = "⊨", ["vdash"] = "⊢", ["dashv"] = "⊣",
        ["asymp"] = "≍", ["doteq"] = "≐", ["triangleq"] = "≜", ["coloneqq"] = "≔", ["coloneq"] = "≔", ["eqqcolon"] = "≕",
        ["eqcolon"] = "≕", ["bowtie"] = "⋈", ["nsim"] = "≁", ["ncong"] = "≇", ["nleq"] = "≰", ["ngeq"] = "≱",
        ["nless"] = "≮", ["ngtr"] = "≯", ["lneq"] = "⪇", ["gneq"] = "⪈", ["smile"] = "⌣", ["frown"] = "⌢",

        // Arrows.
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["leftrightarrow"] = "↔",
        ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔", ["implies"] = "⟹", ["impliedby"] = "⟸",
        ["iff"] = "⟺", ["mapsto"] = "↦", ["longmapsto"] = "⟼", ["longrightarrow"] = "⟶", ["longleftarrow"] = "⟵",
        ["longleftrightarrow"] = "⟷", ["Longrightarrow"] = "⟹", ["Longleftarrow"] = "⟸", ["Longleftrightarrow"] = "⟺",
        ["uparrow"] = "↑", ["downarrow"] = "↓", ["updownarrow"] = "↕", ["Uparrow"] = "⇑", ["Downarrow"] = "⇓",
        ["nearrow"] = "↗", ["searrow"] = "↘", ["swarrow"] = "↙", ["nwarrow"] = "↖", ["hookrightarrow"] = "↪",
        ["hookleftarrow"] = "↩", ["rightharpoonup"] = "⇀", ["leftharpoonup"] = "↼", ["rightleftharpoons"] = "⇌",
        ["leftrightarrows"] = "⇄", ["rightrightarrows"] = "⇉", ["twoheadrightarrow"] = "↠", ["leadsto"] = "⇝",
        ["rightsquigarrow"] = "⇝", ["xrightarrow"] = "→", ["xleftarrow"] = "←",

        // Large operators.
        ["sum"] = "∑", ["prod"] = "∏", ["coprod"] = "∐", ["int"] = "∫", ["iint"] = "∬", ["iiint"] = "∭", ["oint"] = "∮",
        ["bigcup"] = "⋃", ["bigcap"] = "⋂", ["bigvee"] = "⋁", ["bigwedge"] = "⋀", ["bigoplus"] = "⨁",
        ["bigotimes"] = "⨂", ["bigodot"] = "⨀", ["bigsqcup"] = "⨆", ["biguplus"] = "⨄",

        // Logic, delimiters, dots and miscellany.
        ["forall"] = "∀", ["exists"] = "∃", ["nexists"] = "∄", ["top"] = "⊤", ["bot"] = "⊥", ["intercal"] = "⊺",
        ["therefore"] = "∴", ["because"] = "∵", ["prime"] = "′", ["angle"] = "∠", ["measuredangle"] = "∡",
        ["triangle"] = "△", ["square"] = "□", ["Box"] = "□", ["blacksquare"] = "■", ["checkmark"] = "✓",
        ["degree"] = "°", ["textdegree"] = "°", ["ldots"] = "…", ["dots"] = "…", ["dotsc"] = "…", ["dotsb"] = "⋯",
        ["dotsm"] = "⋯", ["dotsi"] = "⋯", ["dotso"] = "…", ["cdots"] = "⋯", ["vdots"] = "⋮", ["ddots"] = "⋱",
        ["textellipsis"] = "…", ["langle"] = "⟨", ["rangle"] = "⟩", ["lvert"] = "|", ["rvert"] = "|", ["vert"] = "|",
        ["lVert"] = "‖", ["rVert"] = "‖", ["Vert"] = "‖", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈",
        ["rceil"] = "⌉", ["lbrace"] = "{", ["rbrace"] = "}", ["lbrack"] = "[", ["rbrack"] = "]", ["colon"] = ":",
        ["sharp"] = "♯", ["flat"] = "♭", ["natural"] = "♮", ["clubsuit"] = "♣", ["diamondsuit"] = "♢",
        ["heartsuit"] = "♡", ["spadesuit"] = "♠", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["textcopyright"] = "©",
        ["textregistered"] = "®", ["texttrademark"] = "™", ["pounds"] = "£", ["textsterling"] = "£", ["euro"] = "€",
        ["texteuro"] = "€", ["textendash"] = "–", ["textemdash"] = "—", ["textbullet"] = "•", ["textasciitilde"] = "~",
        ["textless"] = "<", ["textgreater"] = ">", ["textbar"] = "|", ["textunderscore"] = "_", ["textdollar"] = "$",
        ["textpercent"] = "%", ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textquoteleft"] = "‘",
        ["textquoteright"] = "’", ["textasciicircum"] = "^", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX",

        // Letters of European names in running text.
        ["i"] = "ı", ["j"] = "ȷ", ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ",
        ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Operator names that read better spelled out than as TeX spells them; the rest keep their name.</summary>
    public static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["liminf"] = "lim inf", ["limsup"] = "lim sup", ["bmod"] = "mod", ["injlim"] = "inj lim", ["projlim"] = "proj lim",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Commands with nothing to show: delimiter sizes, styles, switches and layout.</summary>
    public static readonly FrozenSet<string> Ignored = new[]
    {
        "left", "right", "middle", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl",
        "Biggr", "bigm", "Bigm", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits",
        "nonumber", "notag", "bf", "it", "rm", "em", "sf", "tt", "sc", "sl", "normalfont", "itshape", "bfseries", "upshape",
        "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge", "noindent",
        "centering", "allowbreak", "nobreak", "relax", "protect", "hfill", "vfill", "mathstrut", "strut", "newline",
        "linebreak", "par", "cr", "hline", "toprule", "midrule", "bottomrule", "nolinebreak", "xspace", "unskip",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Spacing commands, shown as one space.</summary>
    public static readonly FrozenSet<string> Spaces = new[]
    {
        "quad", "qquad", "enspace", "enskip", "thinspace", "medspace", "thickspace", "space", "nobreakspace", "hskip",
        "negthinspace", "negmedspace", "negthickspace",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Accents, shown as the Unicode combining mark on a single-character argument.</summary>
    public static readonly FrozenDictionary<string, char> Accents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["hat"] = '\u0302', ["widehat"] = '\u0302', ["bar"] = '\u0304', ["overline"] = '\u0305', ["tilde"] = '\u0303',
        ["widetilde"] = '\u0303', ["vec"] = '\u20D7', ["overrightarrow"] = '\u20D7', ["dot"] = '\u0307',
        ["ddot"] = '\u0308', ["dddot"] = '\u20DB', ["check"] = '\u030C', ["breve"] = '\u0306', ["acute"] = '\u0301',
        ["grave"] = '\u0300', ["mathring"] = '\u030A',
        // Text-mode accents in names: \c{c}, \v{s}, \u{a}, \H{o}, \r{a}, \k{a}.
        ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B', ["r"] = '\u030A', ["k"] = '\u0328',
    }.ToFrozenDictionary(StringComparer.Ordinal);
}

/// <summary>The Unicode mathematical alphabets behind \mathbb, \mathcal and \mathfrak.</summary>
internal static class Alphabets
{
    // Letters that Unicode had encoded before the Mathematical Alphanumeric Symbols block; their
    // slots in that block are unassigned, so they must come from Letterlike Symbols instead.
    private static readonly FrozenDictionary<char, string> DoubleStruck = new Dictionary<char, string>
    {
        ['C'] = "ℂ", ['H'] = "ℍ", ['N'] = "ℕ", ['P'] = "ℙ", ['Q'] = "ℚ", ['R'] = "ℝ", ['Z'] = "ℤ",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Script = new Dictionary<char, string>
    {
        ['B'] = "ℬ", ['E'] = "ℰ", ['F'] = "ℱ", ['H'] = "ℋ", ['I'] = "ℐ", ['L'] = "ℒ", ['M'] = "ℳ", ['R'] = "ℛ",
        ['e'] = "ℯ", ['g'] = "ℊ", ['o'] = "ℴ",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, string> Fraktur = new Dictionary<char, string>
    {
        ['C'] = "ℭ", ['H'] = "ℌ", ['I'] = "ℑ", ['R'] = "ℜ", ['Z'] = "ℨ",
    }.ToFrozenDictionary();

    /// <summary>An ASCII letter in double-struck form (\mathbb{R} → ℝ).</summary>
    public static string DoubleStruckLetter(char letter) => Map(letter, DoubleStruck, 0x1D538, 0x1D552);

    /// <summary>An ASCII letter in script form (\mathcal{O} → 𝒪).</summary>
    public static string ScriptLetter(char letter) => Map(letter, Script, 0x1D49C, 0x1D4B6);

    /// <summary>An ASCII letter in Fraktur form (\mathfrak{g} → 𝔤).</summary>
    public static string FrakturLetter(char letter) => Map(letter, Fraktur, 0x1D504, 0x1D51E);

    private static string Map(char letter, FrozenDictionary<char, string> exceptions, int upper, int lower)
    {
        if (exceptions.TryGetValue(letter, out var special)) return special;
        return char.ConvertFromUtf32(char.IsAsciiLetterUpper(letter) ? upper + letter - 'A' : lower + letter - 'a');
    }
}
