package org.hillmix.server.eval.report;

import org.hillmix.core.evaluation.EvaluationReport.Citation;

/** The studies and methods a report cites. */
public final class Citations {

    /** H-Mix: mixing-factor and mixup-image judgments. */
    public static final Citation COLLINS_2023 = new Citation("collins2023",
            "Collins, K. M., Bhatt, U., Liu, W., Piratla, V., Sucholutsky, I., Love, B., Weller, A. Human-in-the-Loop "
                    + "Mixup. Proceedings of the 39th Conference on Uncertainty in Artificial Intelligence (UAI), "
                    + "PMLR 216:454-464, 2023.",
            "https://proceedings.mlr.press/v216/collins23a.html");
    /** CIFAR-10S: per-annotator categorical soft labels. */
    public static final Citation COLLINS_2022 = new Citation("collins2022",
            "Collins, K. M., Bhatt, U., Weller, A. Eliciting and Learning with Soft Labels from Every Annotator. "
                    + "Proceedings of the AAAI Conference on Human Computation and Crowdsourcing (HCOMP) 10(1):40-52, 2022.",
            "https://doi.org/10.1609/hcomp.v10i1.21986");
    /** CIFAR-10H: hard-label votes. */
    public static final Citation PETERSON_2019 = new Citation("peterson2019",
            "Peterson, J. C., Battleday, R. M., Griffiths, T. L., Russakovsky, O. Human Uncertainty Makes "
                    + "Classification More Robust. Proceedings of the IEEE/CVF International Conference on Computer "
                    + "Vision (ICCV), 2019.",
            "https://arxiv.org/abs/1908.07086");
    /** CIFAR-10 itself. */
    public static final Citation KRIZHEVSKY_2009 = new Citation("krizhevsky2009",
            "Krizhevsky, A. Learning Multiple Layers of Features from Tiny Images. Technical report, University of "
                    + "Toronto, 2009.",
            "https://www.cs.toronto.edu/~kriz/cifar.html");
    /** Mixup. */
    public static final Citation ZHANG_2018 = new Citation("zhang2018",
            "Zhang, H., Cisse, M., Dauphin, Y. N., Lopez-Paz, D. mixup: Beyond Empirical Risk Minimization. ICLR, 2018.",
            "https://arxiv.org/abs/1710.09412");
    /** Temperature scaling and ECE. */
    public static final Citation GUO_2017 = new Citation("guo2017",
            "Guo, C., Pleiss, G., Sun, Y., Weinberger, K. Q. On Calibration of Modern Neural Networks. ICML, 2017.",
            "https://arxiv.org/abs/1706.04599");
    /** Dataset cartography. */
    public static final Citation SWAYAMDIPTA_2020 = new Citation("swayamdipta2020",
            "Swayamdipta, S., Schwartz, R., Lourie, N., Wang, Y., Hajishirzi, H., Smith, N. A., Choi, Y. Dataset "
                    + "Cartography: Mapping and Diagnosing Datasets with Training Dynamics. EMNLP, 2020.",
            "https://arxiv.org/abs/2009.10795");
    /** The debiased calibration error. */
    public static final Citation KUMAR_2019 = new Citation("kumar2019",
            "Kumar, A., Liang, P., Ma, T. Verified Uncertainty Calibration. Advances in Neural Information Processing "
                    + "Systems (NeurIPS) 32, 2019.",
            "https://arxiv.org/abs/1909.10155");
    /** Forgetting events. */
    public static final Citation TONEVA_2019 = new Citation("toneva2019",
            "Toneva, M., Sordoni, A., Tachet des Combes, R., Trischler, A., Bengio, Y., Gordon, G. J. An Empirical Study of "
                    + "Example Forgetting during Deep Neural Network Learning. ICLR, 2019.",
            "https://arxiv.org/abs/1812.05159");

    private Citations() {
    }
}
