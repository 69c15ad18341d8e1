package dev.cogs.rgflow.polchinski;

/**
 * Time discretisation of the (time-dependent) Polchinski gradient flow by JKO steps (docs/rgflow.md
 * §3).
 */
public enum JkoVariant {
    /**
     * Left-frozen: step k minimises \(\mathrm{KL}(P\,\|\,Q_{t_k}) + \tfrac1{2\tau}W_{c_k}^2(P,
     * P_k)\) with \(M = \tfrac12\dot C(t_k)\), \(Q_{t_k} = N(0, \tfrac12C(t_k))\). First order in
     * τ.
     */
    LEFT_FROZEN,
    /**
     * Splitting (P9): the exact dilation \((C_{k+1}C_k^{-1})^{1/2}\), then a JKO step for
     * \(\mathrm{KL}(\cdot\,\|\,N(0, C_{k+1}))\) with mobility \(\tfrac12\dot C(t_{k+1})\).
     */
    DILATION_THEN_JKO
}
