// Warp 1.19.0 cpu code for eval_sph_forces_27affdbb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_sph_forces.py:37
static wp::float32 phase_pressure_0(
    wp::float32 var_rho,
    wp::vec_t<4, wp::float32> var_fluid)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 38>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 40>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return wp.max(p, 0.0)                                                                  <L 42>
    var_7 = wp::max(var_5, var_6);
    return var_7;
}


// eval_sph_forces.py:29
static wp::vec_t<3, wp::float32> wendland_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 21.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.141592653589793;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -20.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 30>
    // q = d / h                                                                              <L 32>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 33>
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::mul(var_4, var_h);
    var_6 = wp::mul(var_5, var_h);
    var_7 = wp::mul(var_6, var_h);
    var_8 = wp::div(var_1, var_7);
    var_10 = wp::mul(var_9, var_0);
    var_12 = wp::sub(var_11, var_0);
    var_13 = wp::mul(var_10, var_12);
    var_15 = wp::sub(var_14, var_0);
    var_16 = wp::mul(var_13, var_15);
    var_18 = wp::sub(var_17, var_0);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::mul(var_8, var_19);
    var_21 = wp::div(var_20, var_h);
    // return r * (dw / d)                                                                    <L 34>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    return var_23;
}


// eval_sph_forces.py:97
static wp::float32 pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 7.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 7.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 98>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 100>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    return var_8;
}


// eval_sph_forces.py:103
static wp::vec_t<3, wp::float32> spiky_gradient_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = -45.0;
    const wp::float32 var_2 = 3.141592653589793;
    const wp::float32 var_3 = 6.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def spiky_gradient(r: wp.vec3, d: float, h: float) -> wp.vec3:                         <L 104>
    // q = h - d                                                                              <L 106>
    var_0 = wp::sub(var_h, var_d);
    // return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * q * q / d)                              <L 107>
    var_4 = wp::pow(var_h, var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::div(var_1, var_5);
    var_7 = wp::mul(var_6, var_0);
    var_8 = wp::mul(var_7, var_0);
    var_9 = wp::div(var_8, var_d);
    var_10 = wp::mul(var_r, var_9);
    return var_10;
}


// eval_sph_forces.py:110
static wp::float32 viscosity_laplacian_0(
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 45.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def viscosity_laplacian(d: float, h: float) -> float:                                  <L 111>
    // return 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d)                                       <L 112>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::mul(var_5, var_6);
    return var_7;
}


// eval_sph_forces.py:115
static wp::float32 cohesion_spline_0(
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 32.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 9.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 2.0;
    wp::float32 var_19;
    const wp::float32 var_20 = 6.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 64.0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // forward
    // def cohesion_spline(d: float, h: float) -> float:                                      <L 116>
    // c = 32.0 / (wp.pi * wp.pow(h, 9.0))                                                    <L 118>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    // hd = (h - d) * (h - d) * (h - d) * d * d * d                                           <L 119>
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::sub(var_h, var_d);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::sub(var_h, var_d);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::mul(var_10, var_d);
    var_12 = wp::mul(var_11, var_d);
    var_13 = wp::mul(var_12, var_d);
    // if 2.0 * d > h:                                                                        <L 120>
    var_15 = wp::mul(var_14, var_d);
    var_16 = (var_15 > var_h);
    if (var_16) {
        // return c * hd                                                                      <L 121>
        var_17 = wp::mul(var_5, var_13);
        return var_17;
    }
    // return c * (2.0 * hd - wp.pow(h, 6.0) / 64.0)                                          <L 122>
    var_19 = wp::mul(var_18, var_13);
    var_21 = wp::pow(var_h, var_20);
    var_23 = wp::div(var_21, var_22);
    var_24 = wp::sub(var_19, var_23);
    var_25 = wp::mul(var_5, var_24);
    return var_25;
}


// eval_sph_forces.py:37
static void adj_phase_pressure_0(
    wp::float32 var_rho,
    wp::vec_t<4, wp::float32> var_fluid,
    wp::float32 & adj_rho,
    wp::vec_t<4, wp::float32> & adj_fluid,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 38>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 40>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return wp.max(p, 0.0)                                                                  <L 42>
    var_7 = wp::max(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_max(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: return wp.max(p, 0.0)                                                             <L 42>
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_rho, var_3, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (rho - fluid[0])                                                   <L 40>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 38>
    return;
}


// eval_sph_forces.py:29
static void adj_wendland_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_d,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 21.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.141592653589793;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -20.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 30>
    // q = d / h                                                                              <L 32>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 33>
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::mul(var_4, var_h);
    var_6 = wp::mul(var_5, var_h);
    var_7 = wp::mul(var_6, var_h);
    var_8 = wp::div(var_1, var_7);
    var_10 = wp::mul(var_9, var_0);
    var_12 = wp::sub(var_11, var_0);
    var_13 = wp::mul(var_10, var_12);
    var_15 = wp::sub(var_14, var_0);
    var_16 = wp::mul(var_13, var_15);
    var_18 = wp::sub(var_17, var_0);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::mul(var_8, var_19);
    var_21 = wp::div(var_20, var_h);
    // return r * (dw / d)                                                                    <L 34>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_mul(var_r, var_22, adj_r, adj_22, adj_23);
    wp::adj_div(var_21, var_d, var_22, adj_21, adj_d, adj_22);
    // adj: return r * (dw / d)                                                               <L 34>
    wp::adj_div(var_20, var_h, var_21, adj_20, adj_h, adj_21);
    wp::adj_mul(var_8, var_19, adj_8, adj_19, adj_20);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_sub(var_17, var_0, adj_17, adj_0, adj_18);
    wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_sub(var_14, var_0, adj_14, adj_0, adj_15);
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sub(var_11, var_0, adj_11, adj_0, adj_12);
    wp::adj_mul(var_9, var_0, adj_9, adj_0, adj_10);
    wp::adj_div(var_1, var_7, var_8, adj_1, adj_7, adj_8);
    wp::adj_mul(var_6, var_h, adj_6, adj_h, adj_7);
    wp::adj_mul(var_5, var_h, adj_5, adj_h, adj_6);
    wp::adj_mul(var_4, var_h, adj_4, adj_h, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h  <L 33>
    wp::adj_div(var_d, var_h, var_0, adj_d, adj_h, adj_0);
    // adj: q = d / h                                                                         <L 32>
    // adj: def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                     <L 30>
    return;
}


// eval_sph_forces.py:97
static void adj_pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p,
    wp::float32 & adj_rho,
    wp::float32 & adj_rho0,
    wp::float32 & adj_k_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 7.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 7.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 98>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 100>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_mul(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_pow(var_3, var_4, var_5, adj_3, adj_4, adj_5);
    wp::adj_div(var_rho, var_rho0, var_3, adj_rho, adj_rho0, adj_3);
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_mul(var_k_p, var_rho0, adj_k_p, adj_rho0, adj_0);
    // adj: return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                         <L 100>
    // adj: def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:          <L 98>
    return;
}


// eval_sph_forces.py:103
static void adj_spiky_gradient_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_d,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = -45.0;
    const wp::float32 var_2 = 3.141592653589793;
    const wp::float32 var_3 = 6.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def spiky_gradient(r: wp.vec3, d: float, h: float) -> wp.vec3:                         <L 104>
    // q = h - d                                                                              <L 106>
    var_0 = wp::sub(var_h, var_d);
    // return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * q * q / d)                              <L 107>
    var_4 = wp::pow(var_h, var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::div(var_1, var_5);
    var_7 = wp::mul(var_6, var_0);
    var_8 = wp::mul(var_7, var_0);
    var_9 = wp::div(var_8, var_d);
    var_10 = wp::mul(var_r, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    wp::adj_mul(var_r, var_9, adj_r, adj_9, adj_10);
    wp::adj_div(var_8, var_d, var_9, adj_8, adj_d, adj_9);
    wp::adj_mul(var_7, var_0, adj_7, adj_0, adj_8);
    wp::adj_mul(var_6, var_0, adj_6, adj_0, adj_7);
    wp::adj_div(var_1, var_5, var_6, adj_1, adj_5, adj_6);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_pow(var_h, var_3, var_4, adj_h, adj_3, adj_4);
    // adj: return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * q * q / d)                         <L 107>
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_0);
    // adj: q = h - d                                                                         <L 106>
    // adj: def spiky_gradient(r: wp.vec3, d: float, h: float) -> wp.vec3:                    <L 104>
    return;
}


// eval_sph_forces.py:110
static void adj_viscosity_laplacian_0(
    wp::float32 var_d,
    wp::float32 var_h,
    wp::float32 & adj_d,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 45.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def viscosity_laplacian(d: float, h: float) -> float:                                  <L 111>
    // return 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d)                                       <L 112>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::mul(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_6);
    wp::adj_div(var_0, var_4, var_5, adj_0, adj_4, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_pow(var_h, var_2, var_3, adj_h, adj_2, adj_3);
    // adj: return 45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d)                                  <L 112>
    // adj: def viscosity_laplacian(d: float, h: float) -> float:                             <L 111>
    return;
}


// eval_sph_forces.py:115
static void adj_cohesion_spline_0(
    wp::float32 var_d,
    wp::float32 var_h,
    wp::float32 & adj_d,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 32.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 9.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    bool var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 2.0;
    wp::float32 var_19;
    const wp::float32 var_20 = 6.0;
    wp::float32 var_21;
    const wp::float32 var_22 = 64.0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    //---------
    // forward
    // def cohesion_spline(d: float, h: float) -> float:                                      <L 116>
    // c = 32.0 / (wp.pi * wp.pow(h, 9.0))                                                    <L 118>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    // hd = (h - d) * (h - d) * (h - d) * d * d * d                                           <L 119>
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::sub(var_h, var_d);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::sub(var_h, var_d);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::mul(var_10, var_d);
    var_12 = wp::mul(var_11, var_d);
    var_13 = wp::mul(var_12, var_d);
    // if 2.0 * d > h:                                                                        <L 120>
    var_15 = wp::mul(var_14, var_d);
    var_16 = (var_15 > var_h);
    if (var_16) {
        // return c * hd                                                                      <L 121>
        var_17 = wp::mul(var_5, var_13);
        goto label0;
    }
    // return c * (2.0 * hd - wp.pow(h, 6.0) / 64.0)                                          <L 122>
    var_19 = wp::mul(var_18, var_13);
    var_21 = wp::pow(var_h, var_20);
    var_23 = wp::div(var_21, var_22);
    var_24 = wp::sub(var_19, var_23);
    var_25 = wp::mul(var_5, var_24);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_25 += adj_ret;
    wp::adj_mul(var_5, var_24, adj_5, adj_24, adj_25);
    wp::adj_sub(var_19, var_23, adj_19, adj_23, adj_24);
    wp::adj_div(var_21, var_22, var_23, adj_21, adj_22, adj_23);
    wp::adj_pow(var_h, var_20, var_21, adj_h, adj_20, adj_21);
    wp::adj_mul(var_18, var_13, adj_18, adj_13, adj_19);
    // adj: return c * (2.0 * hd - wp.pow(h, 6.0) / 64.0)                                     <L 122>
    if (var_16) {
        label0:;
        adj_17 += adj_ret;
        wp::adj_mul(var_5, var_13, adj_5, adj_13, adj_17);
        // adj: return c * hd                                                                 <L 121>
    }
    wp::adj_mul(var_14, var_d, adj_14, adj_d, adj_15);
    // adj: if 2.0 * d > h:                                                                   <L 120>
    wp::adj_mul(var_12, var_d, adj_12, adj_d, adj_13);
    wp::adj_mul(var_11, var_d, adj_11, adj_d, adj_12);
    wp::adj_mul(var_10, var_d, adj_10, adj_d, adj_11);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_9);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_7);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_6);
    // adj: hd = (h - d) * (h - d) * (h - d) * d * d * d                                      <L 119>
    wp::adj_div(var_0, var_4, var_5, adj_0, adj_4, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_pow(var_h, var_2, var_3, adj_h, adj_2, adj_3);
    // adj: c = 32.0 / (wp.pi * wp.pow(h, 9.0))                                               <L 118>
    // adj: def cohesion_spline(d: float, h: float) -> float:                                 <L 116>
    return;
}

struct wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 {
    wp::array_t<wp::vec_t<4, wp::float32>> fluid_phases;
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> particle_rho;
    wp::array_t<wp::int32> particle_phase;
    wp::float32 smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::int32> neighbor_counts;
};


template <bool wp_linear_contiguous>
static void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases = _wp_args->fluid_phases;
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::vec_t<4, wp::float32>* var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::hash_grid_query_f var_24;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    const bool var_34 = false;
    const bool var_35 = false;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::int32* var_42;
    wp::int32 var_43;
    wp::vec_t<4, wp::float32>* var_44;
    wp::vec_t<4, wp::float32> var_45;
    wp::vec_t<4, wp::float32> var_46;
    const wp::int32 var_47 = 3;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 2.0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::float32 var_59 = 0.5;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    const wp::int32 var_62 = 2;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::vec_t<3, wp::float32>* var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.01;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    //---------
    // forward
    // def eval_sph_forces(                                                                   <L 47>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 59>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 60>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 61>
        return;
    }
    // pos_i = x[i]                                                                           <L 62>
    var_4 = wp::address(var_x, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = v[i]                                                                             <L 63>
    var_7 = wp::address(var_v, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 64>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 65>
    var_13 = wp::address(var_particle_phase, var_1);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_fluid_phases, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 66>
    var_18 = phase_pressure_0(var_11, var_16);
    // m_i = fluid_i[3]                                                                       <L 67>
    var_20 = wp::extract(var_16, var_19);
    // f = wp.vec3()                                                                          <L 68>
    var_21 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 69>
    var_23 = wp::int(var_22);
    // for j in wp.hash_grid_query(grid, pos_i, smoothing_length):                            <L 70>
    var_24 = wp::hash_grid_query(var_grid, var_5, var_smoothing_length);
    start_for_1:;
        if (iter_cmp(var_24) == 0) goto end_for_1;
        var_25 = wp::iter_next(var_24);
        // r_ij = pos_i - x[j]                                                                <L 71>
        var_26 = wp::address(var_x, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_5, var_28);
        // dist = wp.length(r_ij)                                                             <L 72>
        var_29 = wp::length(var_27);
        // if dist >= smoothing_length or dist == 0.0:                                        <L 73>
        var_31 = (var_29 >= var_smoothing_length);
        var_30 = var_31;
        if (!var_30) {
            var_33 = (var_29 == var_32);
            var_30 = var_30 || var_33;
        }
        if (var_30) {
            // continue                                                                       <L 74>
            goto start_for_1;
        }
        // if wp.static(smoothing == "spiky"):                                                <L 75>
        // elif wp.static(smoothing == "cubic"):                                              <L 77>
        // grad_w = wendland_grad(r_ij, dist, smoothing_length)                               <L 80>
        var_36 = wendland_grad_0(var_27, var_29, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 81>
        var_38 = wp::add(var_23, var_37);
        // rho_j = particle_rho[j]                                                            <L 82>
        var_39 = wp::address(var_particle_rho, var_25);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 83>
        var_42 = wp::address(var_particle_phase, var_25);
        var_43 = wp::load(var_42);
        var_44 = wp::address(var_fluid_phases, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m_j = fluid_j[3]                                                                   <L 84>
        var_48 = wp::extract(var_45, var_47);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 85>
        var_49 = phase_pressure_0(var_40, var_45);
        // f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                    <L 86>
        var_50 = wp::mul(var_20, var_48);
        var_51 = wp::add(var_18, var_49);
        var_52 = wp::mul(var_50, var_51);
        var_54 = wp::mul(var_53, var_11);
        var_55 = wp::mul(var_54, var_40);
        var_56 = wp::div(var_52, var_55);
        var_57 = wp::mul(var_36, var_56);
        var_58 = wp::sub(var_21, var_57);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 87>
        var_61 = wp::extract(var_16, var_60);
        var_63 = wp::extract(var_45, var_62);
        var_64 = wp::add(var_61, var_63);
        var_65 = wp::mul(var_59, var_64);
        // f += grad_w * (m_i * mu * m_j / rho_j * wp.dot(v_i - v[j], r_ij) / (dist * dist + 0.01 * smoothing_length * smoothing_length))       <L 88>
        var_66 = wp::mul(var_20, var_65);
        var_67 = wp::mul(var_66, var_48);
        var_68 = wp::div(var_67, var_40);
        var_69 = wp::address(var_v, var_25);
        var_71 = wp::load(var_69);
        var_70 = wp::sub(var_8, var_71);
        var_72 = wp::dot(var_70, var_27);
        var_73 = wp::mul(var_68, var_72);
        var_74 = wp::mul(var_29, var_29);
        var_76 = wp::mul(var_75, var_smoothing_length);
        var_77 = wp::mul(var_76, var_smoothing_length);
        var_78 = wp::add(var_74, var_77);
        var_79 = wp::div(var_73, var_78);
        var_80 = wp::mul(var_36, var_79);
        var_81 = wp::add(var_58, var_80);
        wp::assign(var_21, var_81);
        wp::assign(var_23, var_38);
        goto start_for_1;
    end_for_1:;
    // neighbor_counts[i] = num_neighbors                                                     <L 89>
    wp::array_store(var_neighbor_counts, var_1, var_23);
    // particle_f[i] = f                                                                      <L 90>
    wp::array_store(var_particle_f, var_1, var_21);
}



template <bool wp_linear_contiguous>
static void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 wp_contiguous_args;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases = _wp_args->fluid_phases;
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases = _wp_adj_args->fluid_phases;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    wp::array_t<wp::int32> adj_particle_phase = _wp_adj_args->particle_phase;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::int32> adj_neighbor_counts = _wp_adj_args->neighbor_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::vec_t<4, wp::float32>* var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 3;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::hash_grid_query_f var_24;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    const bool var_34 = false;
    const bool var_35 = false;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::int32* var_42;
    wp::int32 var_43;
    wp::vec_t<4, wp::float32>* var_44;
    wp::vec_t<4, wp::float32> var_45;
    wp::vec_t<4, wp::float32> var_46;
    const wp::int32 var_47 = 3;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    const wp::float32 var_53 = 2.0;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::float32 var_59 = 0.5;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    const wp::int32 var_62 = 2;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::vec_t<3, wp::float32>* var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    const wp::float32 var_75 = 0.01;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::vec_t<4, wp::float32> adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::hash_grid_query_f adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::vec_t<4, wp::float32> adj_44 = {};
    wp::vec_t<4, wp::float32> adj_45 = {};
    wp::vec_t<4, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    //---------
    // forward
    // def eval_sph_forces(                                                                   <L 47>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 59>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 60>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 61>
        goto label0;
    }
    // pos_i = x[i]                                                                           <L 62>
    var_4 = wp::address(var_x, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = v[i]                                                                             <L 63>
    var_7 = wp::address(var_v, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 64>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 65>
    var_13 = wp::address(var_particle_phase, var_1);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_fluid_phases, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 66>
    var_18 = phase_pressure_0(var_11, var_16);
    // m_i = fluid_i[3]                                                                       <L 67>
    var_20 = wp::extract(var_16, var_19);
    // f = wp.vec3()                                                                          <L 68>
    var_21 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 69>
    var_23 = wp::int(var_22);
    // for j in wp.hash_grid_query(grid, pos_i, smoothing_length):                            <L 70>
    var_24 = wp::hash_grid_query(var_grid, var_5, var_smoothing_length);
    // neighbor_counts[i] = num_neighbors                                                     <L 89>
    // wp::array_store(var_neighbor_counts, var_1, var_23);
    // particle_f[i] = f                                                                      <L 90>
    // wp::array_store(var_particle_f, var_1, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_1, var_21, adj_particle_f, adj_1, adj_21);
    // adj: particle_f[i] = f                                                                 <L 90>
    wp::adj_array_store(var_neighbor_counts, var_1, var_23, adj_neighbor_counts, adj_1, adj_23);
    // adj: neighbor_counts[i] = num_neighbors                                                <L 89>
    var_24 = wp::iter_reverse(var_24);
    start_for_1:;
        if (iter_cmp(var_24) == 0) goto end_for_1;
        var_25 = wp::iter_next(var_24);
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
    	adj_80 = {};
    	adj_81 = {};
        // r_ij = pos_i - x[j]                                                                <L 71>
        var_26 = wp::address(var_x, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_5, var_28);
        // dist = wp.length(r_ij)                                                             <L 72>
        var_29 = wp::length(var_27);
        // if dist >= smoothing_length or dist == 0.0:                                        <L 73>
        var_31 = (var_29 >= var_smoothing_length);
        var_30 = var_31;
        if (!var_30) {
            var_33 = (var_29 == var_32);
            var_30 = var_30 || var_33;
        }
        if (var_30) {
            // continue                                                                       <L 74>
            goto start_for_1;
        }
        // if wp.static(smoothing == "spiky"):                                                <L 75>
        // elif wp.static(smoothing == "cubic"):                                              <L 77>
        // grad_w = wendland_grad(r_ij, dist, smoothing_length)                               <L 80>
        var_36 = wendland_grad_0(var_27, var_29, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 81>
        var_38 = wp::add(var_23, var_37);
        // rho_j = particle_rho[j]                                                            <L 82>
        var_39 = wp::address(var_particle_rho, var_25);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 83>
        var_42 = wp::address(var_particle_phase, var_25);
        var_43 = wp::load(var_42);
        var_44 = wp::address(var_fluid_phases, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m_j = fluid_j[3]                                                                   <L 84>
        var_48 = wp::extract(var_45, var_47);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 85>
        var_49 = phase_pressure_0(var_40, var_45);
        // f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                    <L 86>
        var_50 = wp::mul(var_20, var_48);
        var_51 = wp::add(var_18, var_49);
        var_52 = wp::mul(var_50, var_51);
        var_54 = wp::mul(var_53, var_11);
        var_55 = wp::mul(var_54, var_40);
        var_56 = wp::div(var_52, var_55);
        var_57 = wp::mul(var_36, var_56);
        var_58 = wp::sub(var_21, var_57);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 87>
        var_61 = wp::extract(var_16, var_60);
        var_63 = wp::extract(var_45, var_62);
        var_64 = wp::add(var_61, var_63);
        var_65 = wp::mul(var_59, var_64);
        // f += grad_w * (m_i * mu * m_j / rho_j * wp.dot(v_i - v[j], r_ij) / (dist * dist + 0.01 * smoothing_length * smoothing_length))       <L 88>
        var_66 = wp::mul(var_20, var_65);
        var_67 = wp::mul(var_66, var_48);
        var_68 = wp::div(var_67, var_40);
        var_69 = wp::address(var_v, var_25);
        var_71 = wp::load(var_69);
        var_70 = wp::sub(var_8, var_71);
        var_72 = wp::dot(var_70, var_27);
        var_73 = wp::mul(var_68, var_72);
        var_74 = wp::mul(var_29, var_29);
        var_76 = wp::mul(var_75, var_smoothing_length);
        var_77 = wp::mul(var_76, var_smoothing_length);
        var_78 = wp::add(var_74, var_77);
        var_79 = wp::div(var_73, var_78);
        var_80 = wp::mul(var_36, var_79);
        var_81 = wp::add(var_58, var_80);
        wp::assign(var_21, var_81);
        wp::assign(var_23, var_38);
        wp::adj_assign(var_23, var_38, adj_23, adj_38);
        wp::adj_assign(var_21, var_81, adj_21, adj_81);
        wp::adj_add(var_58, var_80, adj_58, adj_80, adj_81);
        wp::adj_mul(var_36, var_79, adj_36, adj_79, adj_80);
        wp::adj_div(var_73, var_78, var_79, adj_73, adj_78, adj_79);
        wp::adj_add(var_74, var_77, adj_74, adj_77, adj_78);
        wp::adj_mul(var_76, var_smoothing_length, adj_76, adj_smoothing_length, adj_77);
        wp::adj_mul(var_75, var_smoothing_length, adj_75, adj_smoothing_length, adj_76);
        wp::adj_mul(var_29, var_29, adj_29, adj_29, adj_74);
        wp::adj_mul(var_68, var_72, adj_68, adj_72, adj_73);
        wp::adj_dot(var_70, var_27, adj_70, adj_27, adj_72);
        wp::adj_sub(var_8, var_71, adj_8, adj_69, adj_70);
        wp::adj_address(var_v, var_25, adj_v, adj_25, adj_69);
        wp::adj_div(var_67, var_40, var_68, adj_67, adj_40, adj_68);
        wp::adj_mul(var_66, var_48, adj_66, adj_48, adj_67);
        wp::adj_mul(var_20, var_65, adj_20, adj_65, adj_66);
        // adj: f += grad_w * (m_i * mu * m_j / rho_j * wp.dot(v_i - v[j], r_ij) / (dist * dist + 0.01 * smoothing_length * smoothing_length))  <L 88>
        wp::adj_mul(var_59, var_64, adj_59, adj_64, adj_65);
        wp::adj_add(var_61, var_63, adj_61, adj_63, adj_64);
        wp::adj_extract(var_45, var_62, adj_45, adj_62, adj_63);
        wp::adj_extract(var_16, var_60, adj_16, adj_60, adj_61);
        // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 87>
        wp::adj_sub(var_21, var_57, adj_21, adj_57, adj_58);
        wp::adj_mul(var_36, var_56, adj_36, adj_56, adj_57);
        wp::adj_div(var_52, var_55, var_56, adj_52, adj_55, adj_56);
        wp::adj_mul(var_54, var_40, adj_54, adj_40, adj_55);
        wp::adj_mul(var_53, var_11, adj_53, adj_11, adj_54);
        wp::adj_mul(var_50, var_51, adj_50, adj_51, adj_52);
        wp::adj_add(var_18, var_49, adj_18, adj_49, adj_51);
        wp::adj_mul(var_20, var_48, adj_20, adj_48, adj_50);
        // adj: f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))               <L 86>
        adj_phase_pressure_0(var_40, var_45, adj_40, adj_45, adj_49);
        // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 85>
        wp::adj_extract(var_45, var_47, adj_45, adj_47, adj_48);
        // adj: m_j = fluid_j[3]                                                              <L 84>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_fluid_phases, var_43, adj_fluid_phases, adj_43, adj_44);
        wp::adj_address(var_particle_phase, var_25, adj_particle_phase, adj_25, adj_42);
        // adj: fluid_j = fluid_phases[particle_phase[j]]                                     <L 83>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_particle_rho, var_25, adj_particle_rho, adj_25, adj_39);
        // adj: rho_j = particle_rho[j]                                                       <L 82>
        wp::adj_add(var_23, var_37, adj_23, adj_37, adj_38);
        // adj: num_neighbors += 1                                                            <L 81>
        adj_wendland_grad_0(var_27, var_29, var_smoothing_length, adj_27, adj_29, adj_smoothing_length, adj_36);
        // adj: grad_w = wendland_grad(r_ij, dist, smoothing_length)                          <L 80>
        // adj: elif wp.static(smoothing == "cubic"):                                         <L 77>
        // adj: if wp.static(smoothing == "spiky"):                                           <L 75>
        if (var_30) {
            // adj: continue                                                                  <L 74>
        }
        if (!var_30) {
        }
        // adj: if dist >= smoothing_length or dist == 0.0:                                   <L 73>
        wp::adj_length(var_27, var_29, adj_27, adj_29);
        // adj: dist = wp.length(r_ij)                                                        <L 72>
        wp::adj_sub(var_5, var_28, adj_5, adj_26, adj_27);
        wp::adj_address(var_x, var_25, adj_x, adj_25, adj_26);
        // adj: r_ij = pos_i - x[j]                                                           <L 71>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(grid, pos_i, smoothing_length):                       <L 70>
    // adj: num_neighbors = int(0)                                                            <L 69>
    // adj: f = wp.vec3()                                                                     <L 68>
    wp::adj_extract(var_16, var_19, adj_16, adj_19, adj_20);
    // adj: m_i = fluid_i[3]                                                                  <L 67>
    adj_phase_pressure_0(var_11, var_16, adj_11, adj_16, adj_18);
    // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 66>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_fluid_phases, var_14, adj_fluid_phases, adj_14, adj_15);
    wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_13);
    // adj: fluid_i = fluid_phases[particle_phase[i]]                                         <L 65>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_rho, var_1, adj_particle_rho, adj_1, adj_10);
    // adj: rho_i = particle_rho[i]                                                           <L 64>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_v, var_1, adj_v, adj_1, adj_7);
    // adj: v_i = v[i]                                                                        <L 63>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_x, var_1, adj_x, adj_1, adj_4);
    // adj: pos_i = x[i]                                                                      <L 62>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 61>
    }
    // adj: if i == -1:                                                                       <L 60>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 59>
    // adj: tid = wp.tid()                                                                    <L 58>
    // adj: def eval_sph_forces(                                                              <L 47>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args)
{
    create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7 *_wp_adj_args)
{
    create_eval_sph_forces_kernel__locals__eval_sph_forces_3553e6b7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_eval_fluid_forces_5b92eaca {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> densities;
    wp::array_t<wp::int32> particle_phase;
    wp::array_t<wp::float32> masses;
    wp::float32 smoothing_length;
    wp::float32 density0;
    wp::float32 eos_stiffness;
    wp::float32 visc_coeff;
    wp::float32 cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::int32> neighbor_counts;
    wp::array_t<wp::float32> pressures;
};


template <bool wp_linear_contiguous>
static void eval_fluid_forces_5b92eaca_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_fluid_forces_5b92eaca wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pressures.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::array_t<wp::float32> var_masses = _wp_args->masses;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_density0 = _wp_args->density0;
    wp::float32 var_eos_stiffness = _wp_args->eos_stiffness;
    wp::float32 var_visc_coeff = _wp_args->visc_coeff;
    wp::float32 var_cohesion = _wp_args->cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::float32> var_pressures = _wp_args->pressures;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::hash_grid_query_f var_26;
    wp::int32 var_27;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    bool var_35;
    const wp::float32 var_36 = 1e-12;
    bool var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::int32* var_41;
    const wp::int32 var_42 = 0;
    bool var_43;
    wp::int32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::vec_t<3, wp::float32> var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 2.0;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32>* var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::float32* var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    //---------
    // forward
    // def eval_fluid_forces(                                                                 <L 126>
    // tid = wp.tid()                                                                         <L 143>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 144>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 145>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 146>
        return;
    }
    // if particle_phase[i] == Phase.BOUNDARY:                                                <L 147>
    var_4 = wp::address(var_particle_phase, var_1);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 148>
        return;
    }
    // x_i = x[i]                                                                             <L 149>
    var_8 = wp::address(var_x, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v_i = v[i]                                                                             <L 150>
    var_11 = wp::address(var_v, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rho_i = densities[i]                                                                   <L 151>
    var_14 = wp::address(var_densities, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p_i = pressure_from_density(rho_i, density0, eos_stiffness)                            <L 152>
    var_17 = pressure_from_density_0(var_15, var_density0, var_eos_stiffness);
    // pressures[i] = p_i                                                                     <L 153>
    wp::array_store(var_pressures, var_1, var_17);
    // a_pressure = wp.vec3(0.0)                                                              <L 154>
    var_19 = wp::vec_t<3, wp::float32>(var_18);
    // a_viscosity = wp.vec3(0.0)                                                             <L 155>
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    // a_cohesion = wp.vec3(0.0)                                                              <L 156>
    var_23 = wp::vec_t<3, wp::float32>(var_22);
    // num_neighbors = int(0)                                                                 <L 157>
    var_25 = wp::int(var_24);
    // for j in wp.hash_grid_query(grid, x_i, smoothing_length):                              <L 158>
    var_26 = wp::hash_grid_query(var_grid, var_9, var_smoothing_length);
    start_for_2:;
        if (iter_cmp(var_26) == 0) goto end_for_2;
        var_27 = wp::iter_next(var_26);
        // if j == i:                                                                         <L 159>
        var_28 = (var_27 == var_1);
        if (var_28) {
            // continue                                                                       <L 160>
            goto start_for_2;
        }
        // r = x_i - x[j]                                                                     <L 161>
        var_29 = wp::address(var_x, var_27);
        var_31 = wp::load(var_29);
        var_30 = wp::sub(var_9, var_31);
        // d2 = wp.length_sq(r)                                                               <L 162>
        var_32 = wp::length_sq(var_30);
        // if d2 >= smoothing_length * smoothing_length or d2 < 1.0e-12:                      <L 163>
        var_34 = wp::mul(var_smoothing_length, var_smoothing_length);
        var_35 = (var_32 >= var_34);
        var_33 = var_35;
        if (!var_33) {
            var_37 = (var_32 < var_36);
            var_33 = var_33 || var_37;
        }
        if (var_33) {
            // continue                                                                       <L 164>
            goto start_for_2;
        }
        // d = wp.sqrt(d2)                                                                    <L 165>
        var_38 = wp::sqrt(var_32);
        // rho_j = rho_i                                                                      <L 166>
        var_39 = wp::copy(var_15);
        // p_j = p_i                                                                          <L 167>
        var_40 = wp::copy(var_17);
        // if particle_phase[j] == Phase.FLUID:                                               <L 168>
        var_41 = wp::address(var_particle_phase, var_27);
        var_44 = wp::load(var_41);
        var_43 = (var_44 == var_42);
        if (var_43) {
            // rho_j = densities[j]                                                           <L 169>
            var_45 = wp::address(var_densities, var_27);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // p_j = pressure_from_density(rho_j, density0, eos_stiffness)                    <L 170>
            var_48 = pressure_from_density_0(var_46, var_density0, var_eos_stiffness);
        }
        var_49 = wp::where(var_43, var_46, var_39);
        var_50 = wp::where(var_43, var_48, var_40);
        // m_j = masses[j]                                                                    <L 171>
        var_51 = wp::address(var_masses, var_27);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        // grad_w = spiky_gradient(r, d, smoothing_length)                                    <L 172>
        var_54 = spiky_gradient_0(var_30, var_38, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 173>
        var_56 = wp::add(var_25, var_55);
        // a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                 <L 174>
        var_57 = wp::add(var_17, var_50);
        var_58 = wp::mul(var_52, var_57);
        var_60 = wp::mul(var_59, var_15);
        var_61 = wp::mul(var_60, var_49);
        var_62 = wp::div(var_58, var_61);
        var_63 = wp::mul(var_54, var_62);
        var_64 = wp::sub(var_19, var_63);
        // a_viscosity += (v[j] - v_i) * (m_j / (rho_i * rho_j) * viscosity_laplacian(d, smoothing_length))       <L 175>
        var_65 = wp::address(var_v, var_27);
        var_67 = wp::load(var_65);
        var_66 = wp::sub(var_67, var_12);
        var_68 = wp::mul(var_15, var_49);
        var_69 = wp::div(var_52, var_68);
        var_70 = viscosity_laplacian_0(var_38, var_smoothing_length);
        var_71 = wp::mul(var_69, var_70);
        var_72 = wp::mul(var_66, var_71);
        var_73 = wp::add(var_21, var_72);
        // a_cohesion -= r * (cohesion * m_j * cohesion_spline(d, smoothing_length) / d)       <L 176>
        var_74 = wp::mul(var_cohesion, var_52);
        var_75 = cohesion_spline_0(var_38, var_smoothing_length);
        var_76 = wp::mul(var_74, var_75);
        var_77 = wp::div(var_76, var_38);
        var_78 = wp::mul(var_30, var_77);
        var_79 = wp::sub(var_23, var_78);
        wp::assign(var_19, var_64);
        wp::assign(var_21, var_73);
        wp::assign(var_23, var_79);
        wp::assign(var_25, var_56);
        goto start_for_2;
    end_for_2:;
    // neighbor_counts[i] = num_neighbors                                                     <L 177>
    wp::array_store(var_neighbor_counts, var_1, var_25);
    // particle_f[i] = (a_pressure + a_viscosity * visc_coeff + a_cohesion) * masses[i]       <L 178>
    var_80 = wp::mul(var_21, var_visc_coeff);
    var_81 = wp::add(var_19, var_80);
    var_82 = wp::add(var_81, var_23);
    var_83 = wp::address(var_masses, var_1);
    var_85 = wp::load(var_83);
    var_84 = wp::mul(var_82, var_85);
    wp::array_store(var_particle_f, var_1, var_84);
}



template <bool wp_linear_contiguous>
static void eval_fluid_forces_5b92eaca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args,
    wp_args_eval_fluid_forces_5b92eaca *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_fluid_forces_5b92eaca wp_contiguous_args;
    wp_args_eval_fluid_forces_5b92eaca wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pressures.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.pressures.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::array_t<wp::float32> var_masses = _wp_args->masses;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_density0 = _wp_args->density0;
    wp::float32 var_eos_stiffness = _wp_args->eos_stiffness;
    wp::float32 var_visc_coeff = _wp_args->visc_coeff;
    wp::float32 var_cohesion = _wp_args->cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::float32> var_pressures = _wp_args->pressures;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_densities = _wp_adj_args->densities;
    wp::array_t<wp::int32> adj_particle_phase = _wp_adj_args->particle_phase;
    wp::array_t<wp::float32> adj_masses = _wp_adj_args->masses;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::float32 adj_density0 = _wp_adj_args->density0;
    wp::float32 adj_eos_stiffness = _wp_adj_args->eos_stiffness;
    wp::float32 adj_visc_coeff = _wp_adj_args->visc_coeff;
    wp::float32 adj_cohesion = _wp_adj_args->cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::int32> adj_neighbor_counts = _wp_adj_args->neighbor_counts;
    wp::array_t<wp::float32> adj_pressures = _wp_adj_args->pressures;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    const wp::float32 var_22 = 0.0;
    wp::vec_t<3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::hash_grid_query_f var_26;
    wp::int32 var_27;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    bool var_33;
    wp::float32 var_34;
    bool var_35;
    const wp::float32 var_36 = 1e-12;
    bool var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::int32* var_41;
    const wp::int32 var_42 = 0;
    bool var_43;
    wp::int32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::vec_t<3, wp::float32> var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    const wp::float32 var_59 = 2.0;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32>* var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::float32* var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::float32 var_85;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::hash_grid_query_f adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::float32 adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::float32 adj_85 = {};
    //---------
    // forward
    // def eval_fluid_forces(                                                                 <L 126>
    // tid = wp.tid()                                                                         <L 143>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 144>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 145>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 146>
        goto label0;
    }
    // if particle_phase[i] == Phase.BOUNDARY:                                                <L 147>
    var_4 = wp::address(var_particle_phase, var_1);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 148>
        goto label1;
    }
    // x_i = x[i]                                                                             <L 149>
    var_8 = wp::address(var_x, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v_i = v[i]                                                                             <L 150>
    var_11 = wp::address(var_v, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rho_i = densities[i]                                                                   <L 151>
    var_14 = wp::address(var_densities, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p_i = pressure_from_density(rho_i, density0, eos_stiffness)                            <L 152>
    var_17 = pressure_from_density_0(var_15, var_density0, var_eos_stiffness);
    // pressures[i] = p_i                                                                     <L 153>
    // wp::array_store(var_pressures, var_1, var_17);
    // a_pressure = wp.vec3(0.0)                                                              <L 154>
    var_19 = wp::vec_t<3, wp::float32>(var_18);
    // a_viscosity = wp.vec3(0.0)                                                             <L 155>
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    // a_cohesion = wp.vec3(0.0)                                                              <L 156>
    var_23 = wp::vec_t<3, wp::float32>(var_22);
    // num_neighbors = int(0)                                                                 <L 157>
    var_25 = wp::int(var_24);
    // for j in wp.hash_grid_query(grid, x_i, smoothing_length):                              <L 158>
    var_26 = wp::hash_grid_query(var_grid, var_9, var_smoothing_length);
    // neighbor_counts[i] = num_neighbors                                                     <L 177>
    // wp::array_store(var_neighbor_counts, var_1, var_25);
    // particle_f[i] = (a_pressure + a_viscosity * visc_coeff + a_cohesion) * masses[i]       <L 178>
    var_80 = wp::mul(var_21, var_visc_coeff);
    var_81 = wp::add(var_19, var_80);
    var_82 = wp::add(var_81, var_23);
    var_83 = wp::address(var_masses, var_1);
    var_85 = wp::load(var_83);
    var_84 = wp::mul(var_82, var_85);
    // wp::array_store(var_particle_f, var_1, var_84);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_1, var_84, adj_particle_f, adj_1, adj_84);
    wp::adj_mul(var_82, var_85, adj_82, adj_83, adj_84);
    wp::adj_address(var_masses, var_1, adj_masses, adj_1, adj_83);
    wp::adj_add(var_81, var_23, adj_81, adj_23, adj_82);
    wp::adj_add(var_19, var_80, adj_19, adj_80, adj_81);
    wp::adj_mul(var_21, var_visc_coeff, adj_21, adj_visc_coeff, adj_80);
    // adj: particle_f[i] = (a_pressure + a_viscosity * visc_coeff + a_cohesion) * masses[i]  <L 178>
    wp::adj_array_store(var_neighbor_counts, var_1, var_25, adj_neighbor_counts, adj_1, adj_25);
    // adj: neighbor_counts[i] = num_neighbors                                                <L 177>
    var_26 = wp::iter_reverse(var_26);
    start_for_2:;
        if (iter_cmp(var_26) == 0) goto end_for_2;
        var_27 = wp::iter_next(var_26);
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
        // if j == i:                                                                         <L 159>
        var_28 = (var_27 == var_1);
        if (var_28) {
            // continue                                                                       <L 160>
            goto start_for_2;
        }
        // r = x_i - x[j]                                                                     <L 161>
        var_29 = wp::address(var_x, var_27);
        var_31 = wp::load(var_29);
        var_30 = wp::sub(var_9, var_31);
        // d2 = wp.length_sq(r)                                                               <L 162>
        var_32 = wp::length_sq(var_30);
        // if d2 >= smoothing_length * smoothing_length or d2 < 1.0e-12:                      <L 163>
        var_34 = wp::mul(var_smoothing_length, var_smoothing_length);
        var_35 = (var_32 >= var_34);
        var_33 = var_35;
        if (!var_33) {
            var_37 = (var_32 < var_36);
            var_33 = var_33 || var_37;
        }
        if (var_33) {
            // continue                                                                       <L 164>
            goto start_for_2;
        }
        // d = wp.sqrt(d2)                                                                    <L 165>
        var_38 = wp::sqrt(var_32);
        // rho_j = rho_i                                                                      <L 166>
        var_39 = wp::copy(var_15);
        // p_j = p_i                                                                          <L 167>
        var_40 = wp::copy(var_17);
        // if particle_phase[j] == Phase.FLUID:                                               <L 168>
        var_41 = wp::address(var_particle_phase, var_27);
        var_44 = wp::load(var_41);
        var_43 = (var_44 == var_42);
        if (var_43) {
            // rho_j = densities[j]                                                           <L 169>
            var_45 = wp::address(var_densities, var_27);
            var_47 = wp::load(var_45);
            var_46 = wp::copy(var_47);
            // p_j = pressure_from_density(rho_j, density0, eos_stiffness)                    <L 170>
            var_48 = pressure_from_density_0(var_46, var_density0, var_eos_stiffness);
        }
        var_49 = wp::where(var_43, var_46, var_39);
        var_50 = wp::where(var_43, var_48, var_40);
        // m_j = masses[j]                                                                    <L 171>
        var_51 = wp::address(var_masses, var_27);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        // grad_w = spiky_gradient(r, d, smoothing_length)                                    <L 172>
        var_54 = spiky_gradient_0(var_30, var_38, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 173>
        var_56 = wp::add(var_25, var_55);
        // a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                 <L 174>
        var_57 = wp::add(var_17, var_50);
        var_58 = wp::mul(var_52, var_57);
        var_60 = wp::mul(var_59, var_15);
        var_61 = wp::mul(var_60, var_49);
        var_62 = wp::div(var_58, var_61);
        var_63 = wp::mul(var_54, var_62);
        var_64 = wp::sub(var_19, var_63);
        // a_viscosity += (v[j] - v_i) * (m_j / (rho_i * rho_j) * viscosity_laplacian(d, smoothing_length))       <L 175>
        var_65 = wp::address(var_v, var_27);
        var_67 = wp::load(var_65);
        var_66 = wp::sub(var_67, var_12);
        var_68 = wp::mul(var_15, var_49);
        var_69 = wp::div(var_52, var_68);
        var_70 = viscosity_laplacian_0(var_38, var_smoothing_length);
        var_71 = wp::mul(var_69, var_70);
        var_72 = wp::mul(var_66, var_71);
        var_73 = wp::add(var_21, var_72);
        // a_cohesion -= r * (cohesion * m_j * cohesion_spline(d, smoothing_length) / d)       <L 176>
        var_74 = wp::mul(var_cohesion, var_52);
        var_75 = cohesion_spline_0(var_38, var_smoothing_length);
        var_76 = wp::mul(var_74, var_75);
        var_77 = wp::div(var_76, var_38);
        var_78 = wp::mul(var_30, var_77);
        var_79 = wp::sub(var_23, var_78);
        wp::assign(var_19, var_64);
        wp::assign(var_21, var_73);
        wp::assign(var_23, var_79);
        wp::assign(var_25, var_56);
        wp::adj_assign(var_25, var_56, adj_25, adj_56);
        wp::adj_assign(var_23, var_79, adj_23, adj_79);
        wp::adj_assign(var_21, var_73, adj_21, adj_73);
        wp::adj_assign(var_19, var_64, adj_19, adj_64);
        wp::adj_sub(var_23, var_78, adj_23, adj_78, adj_79);
        wp::adj_mul(var_30, var_77, adj_30, adj_77, adj_78);
        wp::adj_div(var_76, var_38, var_77, adj_76, adj_38, adj_77);
        wp::adj_mul(var_74, var_75, adj_74, adj_75, adj_76);
        adj_cohesion_spline_0(var_38, var_smoothing_length, adj_38, adj_smoothing_length, adj_75);
        wp::adj_mul(var_cohesion, var_52, adj_cohesion, adj_52, adj_74);
        // adj: a_cohesion -= r * (cohesion * m_j * cohesion_spline(d, smoothing_length) / d)  <L 176>
        wp::adj_add(var_21, var_72, adj_21, adj_72, adj_73);
        wp::adj_mul(var_66, var_71, adj_66, adj_71, adj_72);
        wp::adj_mul(var_69, var_70, adj_69, adj_70, adj_71);
        adj_viscosity_laplacian_0(var_38, var_smoothing_length, adj_38, adj_smoothing_length, adj_70);
        wp::adj_div(var_52, var_68, var_69, adj_52, adj_68, adj_69);
        wp::adj_mul(var_15, var_49, adj_15, adj_49, adj_68);
        wp::adj_sub(var_67, var_12, adj_65, adj_12, adj_66);
        wp::adj_address(var_v, var_27, adj_v, adj_27, adj_65);
        // adj: a_viscosity += (v[j] - v_i) * (m_j / (rho_i * rho_j) * viscosity_laplacian(d, smoothing_length))  <L 175>
        wp::adj_sub(var_19, var_63, adj_19, adj_63, adj_64);
        wp::adj_mul(var_54, var_62, adj_54, adj_62, adj_63);
        wp::adj_div(var_58, var_61, var_62, adj_58, adj_61, adj_62);
        wp::adj_mul(var_60, var_49, adj_60, adj_49, adj_61);
        wp::adj_mul(var_59, var_15, adj_59, adj_15, adj_60);
        wp::adj_mul(var_52, var_57, adj_52, adj_57, adj_58);
        wp::adj_add(var_17, var_50, adj_17, adj_50, adj_57);
        // adj: a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))            <L 174>
        wp::adj_add(var_25, var_55, adj_25, adj_55, adj_56);
        // adj: num_neighbors += 1                                                            <L 173>
        adj_spiky_gradient_0(var_30, var_38, var_smoothing_length, adj_30, adj_38, adj_smoothing_length, adj_54);
        // adj: grad_w = spiky_gradient(r, d, smoothing_length)                               <L 172>
        wp::adj_copy(var_53, adj_51, adj_52);
        wp::adj_address(var_masses, var_27, adj_masses, adj_27, adj_51);
        // adj: m_j = masses[j]                                                               <L 171>
        wp::adj_where(var_43, var_48, var_40, adj_43, adj_48, adj_40, adj_50);
        wp::adj_where(var_43, var_46, var_39, adj_43, adj_46, adj_39, adj_49);
        if (var_43) {
            adj_pressure_from_density_0(var_46, var_density0, var_eos_stiffness, adj_46, adj_density0, adj_eos_stiffness, adj_48);
            // adj: p_j = pressure_from_density(rho_j, density0, eos_stiffness)               <L 170>
            wp::adj_copy(var_47, adj_45, adj_46);
            wp::adj_address(var_densities, var_27, adj_densities, adj_27, adj_45);
            // adj: rho_j = densities[j]                                                      <L 169>
        }
        wp::adj_address(var_particle_phase, var_27, adj_particle_phase, adj_27, adj_41);
        // adj: if particle_phase[j] == Phase.FLUID:                                          <L 168>
        wp::adj_copy(var_17, adj_17, adj_40);
        // adj: p_j = p_i                                                                     <L 167>
        wp::adj_copy(var_15, adj_15, adj_39);
        // adj: rho_j = rho_i                                                                 <L 166>
        wp::adj_sqrt(var_32, var_38, adj_32, adj_38);
        // adj: d = wp.sqrt(d2)                                                               <L 165>
        if (var_33) {
            // adj: continue                                                                  <L 164>
        }
        if (!var_33) {
        }
        wp::adj_mul(var_smoothing_length, var_smoothing_length, adj_smoothing_length, adj_smoothing_length, adj_34);
        // adj: if d2 >= smoothing_length * smoothing_length or d2 < 1.0e-12:                 <L 163>
        wp::adj_length_sq(var_30, adj_30, adj_32);
        // adj: d2 = wp.length_sq(r)                                                          <L 162>
        wp::adj_sub(var_9, var_31, adj_9, adj_29, adj_30);
        wp::adj_address(var_x, var_27, adj_x, adj_27, adj_29);
        // adj: r = x_i - x[j]                                                                <L 161>
        if (var_28) {
            // adj: continue                                                                  <L 160>
        }
        // adj: if j == i:                                                                    <L 159>
    	goto start_for_2;
    end_for_2:;
    // adj: for j in wp.hash_grid_query(grid, x_i, smoothing_length):                         <L 158>
    // adj: num_neighbors = int(0)                                                            <L 157>
    wp::adj_vec_t(var_22, adj_22, adj_23);
    // adj: a_cohesion = wp.vec3(0.0)                                                         <L 156>
    wp::adj_vec_t(var_20, adj_20, adj_21);
    // adj: a_viscosity = wp.vec3(0.0)                                                        <L 155>
    wp::adj_vec_t(var_18, adj_18, adj_19);
    // adj: a_pressure = wp.vec3(0.0)                                                         <L 154>
    wp::adj_array_store(var_pressures, var_1, var_17, adj_pressures, adj_1, adj_17);
    // adj: pressures[i] = p_i                                                                <L 153>
    adj_pressure_from_density_0(var_15, var_density0, var_eos_stiffness, adj_15, adj_density0, adj_eos_stiffness, adj_17);
    // adj: p_i = pressure_from_density(rho_i, density0, eos_stiffness)                       <L 152>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_densities, var_1, adj_densities, adj_1, adj_14);
    // adj: rho_i = densities[i]                                                              <L 151>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_v, var_1, adj_v, adj_1, adj_11);
    // adj: v_i = v[i]                                                                        <L 150>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_x, var_1, adj_x, adj_1, adj_8);
    // adj: x_i = x[i]                                                                        <L 149>
    if (var_6) {
        label1:;
        // adj: return                                                                        <L 148>
    }
    wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_4);
    // adj: if particle_phase[i] == Phase.BOUNDARY:                                           <L 147>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 146>
    }
    // adj: if i == -1:                                                                       <L 145>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 144>
    // adj: tid = wp.tid()                                                                    <L 143>
    // adj: def eval_fluid_forces(                                                            <L 126>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_fluid_forces_5b92eaca_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_fluid_forces_5b92eaca_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_fluid_forces_5b92eaca_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pressures.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        eval_fluid_forces_5b92eaca_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_fluid_forces_5b92eaca_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_fluid_forces_5b92eaca_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args)
{
    eval_fluid_forces_5b92eaca_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_fluid_forces_5b92eaca_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args,
    wp_args_eval_fluid_forces_5b92eaca *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_fluid_forces_5b92eaca_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_fluid_forces_5b92eaca_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args,
    wp_args_eval_fluid_forces_5b92eaca *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pressures.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->pressures.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        eval_fluid_forces_5b92eaca_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_fluid_forces_5b92eaca_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_fluid_forces_5b92eaca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_fluid_forces_5b92eaca *_wp_args,
    wp_args_eval_fluid_forces_5b92eaca *_wp_adj_args)
{
    eval_fluid_forces_5b92eaca_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

