namespace Vigie.Kb;

/// <summary>The kind of office a role is: what role phrases (« le président américain ») ask for.</summary>
public enum Office : byte
{
    /// <summary>Head of state: president, monarch.</summary>
    HeadOfState,

    /// <summary>Head of government: prime minister, chancellor (a president in presidential systems).</summary>
    HeadOfGovernment,

    /// <summary>Foreign minister, secretary of state (United States), foreign secretary (United Kingdom), EU High Representative.</summary>
    ForeignMinister,

    /// <summary>Defence minister, secretary of defense, minister of the armed forces.</summary>
    DefenceMinister,

    /// <summary>The head of an organisation: secretary general, president of the Commission, director general.</summary>
    Leader,

    /// <summary>Another member of a government (CAMEO GOV).</summary>
    Government,

    /// <summary>An officer of the armed forces (CAMEO MIL).</summary>
    Military,

    /// <summary>A member of a legislature (CAMEO LEG).</summary>
    Legislature,

    /// <summary>A member of the judiciary (CAMEO JUD).</summary>
    Judiciary,

    /// <summary>A member of the opposition (CAMEO OPP).</summary>
    Opposition,

    /// <summary>Any other affiliation (CAMEO ELI, BUS, MED …).</summary>
    Other,
}
