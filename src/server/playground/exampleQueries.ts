/**
 * Example queries shown as tabs in the playground, one per question of the domain (domain.md §6).
 * Each is a named operation: GraphiQL titles a tab by its operation's name.
 */
export const EXAMPLE_QUERIES: { name: string; query: string }[] = [
  {
    name: 'Welke artikelen leggen plichten op aan een aanbieder?',
    query: `query ArticlesImposingDutiesOnAanbieder {
  articlesImposingDuties(role: "aanbieder", instrument: "eu:reg/2024/1689") {
    provision { id label title chapter }
    evidence { id kind label }
  }
}`,
  },
  {
    name: 'Welke vereisten citeren artikel 16 (ook 16(j))?',
    query: `query RequirementsCitingArticle16 {
  requirements(filter: { provision: "eu:reg/2024/1689/art_16" }, first: 20) {
    totalCount
    edges { node { id label code cites { id label } } }
  }
}`,
  },
  {
    name: 'Wat moet een zorgaanbieder doen met hoog-risico-AI?',
    query: `query DutiesOfZorgaanbieder {
  dutiesOf(role: "zorgaanbieder") {
    node { id kind label }
    provisions { id label uri }
  }
}`,
  },
  {
    name: 'Aansprakelijkheidsroutes',
    query: `query LiabilityRoutes {
  liabilityRoutes {
    label summary
    bearers { label }
    basis { id label }
    defences { label }
    rulings { id label }
  }
}`,
  },
  {
    name: 'Wat geldt op 1 januari 2026?',
    query: `query ApplicableOn2026 {
  applicableOn(date: "2026-01-01", instrument: "eu:reg/2024/1689") {
    label date
    applies { id label }
  }
}`,
  },
  {
    name: 'Hoe hangt aia-18 samen met BW 6:185?',
    query: `query PathFromAia18ToBw6185 {
  path(from: "urn:nl:ak:ver:aia-18", to: "nl:BWBR0005289/boek_6/art_185", maxHops: 6) {
    nodes { id kind label }
    edges { type source target }
  }
}`,
  },
  {
    name: 'Omgeving van een knoop',
    query: `query NeighbourhoodOfArticle16 {
  neighborhood(id: "eu:reg/2024/1689/art_16", depth: 2, limit: 100) {
    nodes { id kind label }
    edges { id type source target }
  }
}`,
  },
  {
    name: 'Dekking per hoofdstuk',
    query: `query CoveragePerChapter {
  coverage(instrument: "eu:reg/2024/1689") {
    chapter title
    cited { number title }
    notCited { number title }
  }
}`,
  },
  {
    name: 'Zoeken',
    query: `query Search {
  search(text: "logboek bewaren", kinds: ["Requirement", "Measure"], first: 10) {
    score snippet
    node { id kind label }
  }
}`,
  },
  {
    name: 'Cijfers voor dashboards',
    query: `query DashboardFigures {
  stats {
    nodesPerKind { keys count }
    requirementsPerRoleAndPhase { keys count }
    requirementsPerTopic { keys count }
    requirementsPerInstrument { keys count }
    measuresPerRequirement { keys count }
  }
}`,
  },
];
