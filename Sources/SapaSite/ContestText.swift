import SapaModel

/// The contest's keys of the interface catalogue (`Templates/strings/<lang>.yml`), checked in
/// every language with the others.
enum ContestText: String, CaseIterable {
    case winners = "contest_winners"
    case name = "contest_name"
    case intro = "contest_intro"
    case yearTitle = "contest_year_title"
    case regionTitle = "contest_region_title"
    case sampleLabel = "contest_sample_label"
    case regionalStage = "contest_regional_stage"
    case republicanStage = "contest_republican_stage"
    case nominationClientOriented = "contest_nomination_client_oriented"
    case nominationServiceOriented = "contest_nomination_service_oriented"
    case participantsClientOriented = "contest_participants_client_oriented"
    case participantsServiceOriented = "contest_participants_service_oriented"
    case place1 = "contest_place_1"
    case place2 = "contest_place_2"
    case place3 = "contest_place_3"
    case rules = "contest_rules"
    case annexTitle = "contest_annex_title"
    case annexHeading = "contest_annex_heading"
    case totalValue = "contest_total_value"
    case criterionClientOrientation = "contest_criterion_client_orientation"
    case annex1Intro = "contest_annex1_intro"
    case annex1Item1 = "contest_annex1_item_1"
    case annex1Item2 = "contest_annex1_item_2"
    case annex1Item3 = "contest_annex1_item_3"
    case annex1Item4 = "contest_annex1_item_4"
    case annex1Item5 = "contest_annex1_item_5"
    case annex1Item6 = "contest_annex1_item_6"
    case annex2Group = "contest_annex2_group"
    case annex2Intro = "contest_annex2_intro"
    case criterionLocationAccess = "contest_criterion_location_access"
    case criterionWaitingAreas = "contest_criterion_waiting_areas"
    case criterionBilingualInformation = "contest_criterion_bilingual_information"
    case criterionSelfService = "contest_criterion_self_service"
    case criterionDisabilityAccess = "contest_criterion_disability_access"
    case detailLocationAccess = "contest_detail_location_access"
    case detailWaitingAreas = "contest_detail_waiting_areas"
    case detailBilingualInformation = "contest_detail_bilingual_information"
    case detailSelfService = "contest_detail_self_service"
    case detailDisabilityAccess = "contest_detail_disability_access"
    case formulaIntro = "contest_formula_intro"
    case formulaT1 = "contest_formula_t1"
    case formulaK = "contest_formula_k"
    case formulaA = "contest_formula_a"
    case formulaB = "contest_formula_b"
    case formula100 = "contest_formula_100"
    case formulaNote = "contest_formula_note"
    case formulaFigures = "contest_formula_figures"
    case position = "contest_position"
    case organisation = "contest_organisation"
    case address = "contest_address"
    case votes = "contest_votes"
    case noWinners = "contest_no_winners"
    case nameWithheld = "contest_name_withheld"
    case notHeld = "contest_not_held"

    static func nomination(_ nomination: ContestNomination) -> ContestText {
        nomination == .clientOriented ? .nominationClientOriented : .nominationServiceOriented
    }

    static func participants(_ nomination: ContestNomination) -> ContestText {
        nomination == .clientOriented ? .participantsClientOriented : .participantsServiceOriented
    }

    static func place(_ place: Int) -> ContestText {
        switch place {
        case 1: return .place1
        case 2: return .place2
        default: return .place3
        }
    }

    /// The criterion's short name (tables of points).
    static func criterion(_ criterion: ContestCriterion) -> ContestText {
        switch criterion {
        case .clientOrientation: return .criterionClientOrientation
        case .locationAccess: return .criterionLocationAccess
        case .waitingAreas: return .criterionWaitingAreas
        case .bilingualInformation: return .criterionBilingualInformation
        case .selfService: return .criterionSelfService
        case .disabilityAccess: return .criterionDisabilityAccess
        }
    }

    /// The criterion as annex 2 words it, with its examples (the rules page).
    static func detail(_ criterion: ContestCriterion) -> ContestText {
        switch criterion {
        case .clientOrientation: return .annex1Intro
        case .locationAccess: return .detailLocationAccess
        case .waitingAreas: return .detailWaitingAreas
        case .bilingualInformation: return .detailBilingualInformation
        case .selfService: return .detailSelfService
        case .disabilityAccess: return .detailDisabilityAccess
        }
    }

    /// What annex 1 counts in client orientation, in its order.
    static let annex1Items: [ContestText] = [.annex1Item1, .annex1Item2, .annex1Item3, .annex1Item4, .annex1Item5, .annex1Item6]
}

/// Counted words of the contest (`{n}` in the language's plural form).
enum ContestPlural: String, CaseIterable {
    case votes = "contest_votes_count"
    case points = "contest_points_count"
}
