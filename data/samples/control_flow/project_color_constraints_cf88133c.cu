// Warp 1.19.0 cuda code for project_color_constraints_cf88133c.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// project_color_constraints.py:4
static CUDA_CALLABLE wp::float32 xpbd_delta_lambda_0(
    wp::float32 var_c,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def xpbd_delta_lambda(c: float, w_sum: float, lam: float, alpha_tilde: float) -> float:       <L 5>
    // return (-c - alpha_tilde * lam) / (w_sum + alpha_tilde)                                <L 6>
    var_0 = wp::neg(var_c);
    var_1 = wp::mul(var_alpha_tilde, var_lam);
    var_2 = wp::sub(var_0, var_1);
    var_3 = wp::add(var_w_sum, var_alpha_tilde);
    var_4 = wp::div(var_2, var_3);
    return var_4;
}


// project_color_constraints.py:4
static CUDA_CALLABLE void adj_xpbd_delta_lambda_0(
    wp::float32 var_c,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde,
    wp::float32 & adj_c,
    wp::float32 & adj_w_sum,
    wp::float32 & adj_lam,
    wp::float32 & adj_alpha_tilde,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void project_color_constraints_e5dc9b4e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_color_items,
    wp::array_t<wp::int32> var_edge_particles,
    wp::array_t<wp::float32> var_rest_distance,
    wp::array_t<wp::float32> var_constraint_compliance,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::int32 var_color_start,
    wp::int32 var_color_size,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q,
    wp::array_t<wp::float32> var_constraint_lambda,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_deltas)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        bool var_1;
        wp::int32 var_2;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1e-06;
        bool var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        //---------
        // forward
        // def project_color_constraints(                                                         <L 10>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // if tid >= color_size:                                                                  <L 25>
        var_1 = (var_0 >= var_color_size);
        if (var_1) {
            // return                                                                             <L 26>
            continue;
        }
        // c = color_items[color_start + tid]                                                     <L 27>
        var_2 = wp::add(var_color_start, var_0);
        var_3 = wp::address(var_color_items, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // a = edge_particles[c, 0]                                                               <L 28>
        var_7 = wp::address(var_edge_particles, var_4, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // b = edge_particles[c, 1]                                                               <L 29>
        var_11 = wp::address(var_edge_particles, var_4, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // w_a = particle_inv_mass[a]                                                             <L 30>
        var_14 = wp::address(var_particle_inv_mass, var_8);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // w_b = particle_inv_mass[b]                                                             <L 31>
        var_17 = wp::address(var_particle_inv_mass, var_12);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // w_sum = w_a + w_b                                                                      <L 32>
        var_20 = wp::add(var_15, var_18);
        // if w_sum == 0.0:                                                                       <L 33>
        var_22 = (var_20 == var_21);
        if (var_22) {
            // return                                                                             <L 34>
            continue;
        }
        // x_a = particle_q[a]                                                                    <L 35>
        var_23 = wp::address(var_particle_q, var_8);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // x_b = particle_q[b]                                                                    <L 36>
        var_26 = wp::address(var_particle_q, var_12);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // d = x_a - x_b                                                                          <L 37>
        var_29 = wp::sub(var_24, var_27);
        // length = wp.length(d)                                                                  <L 38>
        var_30 = wp::length(var_29);
        // if length < 1.0e-6:                                                                    <L 39>
        var_32 = (var_30 < var_31);
        if (var_32) {
            // return                                                                             <L 40>
            continue;
        }
        // err = length - rest_distance[c]                                                        <L 41>
        var_33 = wp::address(var_rest_distance, var_4);
        var_35 = wp::load(var_33);
        var_34 = wp::sub(var_30, var_35);
        // n = d / length                                                                         <L 42>
        var_36 = wp::div(var_29, var_30);
        // alpha_tilde = constraint_compliance[c] / (dt * dt)                                     <L 43>
        var_37 = wp::address(var_constraint_compliance, var_4);
        var_38 = wp::mul(var_dt, var_dt);
        var_40 = wp::load(var_37);
        var_39 = wp::div(var_40, var_38);
        // lam = constraint_lambda[c]                                                             <L 44>
        var_41 = wp::address(var_constraint_lambda, var_4);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // d_lambda = xpbd_delta_lambda(err, w_sum, lam, alpha_tilde)                             <L 45>
        var_44 = xpbd_delta_lambda_0(var_34, var_20, var_42, var_39);
        // constraint_lambda[c] = lam + d_lambda                                                  <L 46>
        var_45 = wp::add(var_42, var_44);
        wp::array_store(var_constraint_lambda, var_4, var_45);
        // corr = n * d_lambda                                                                    <L 47>
        var_46 = wp::mul(var_36, var_44);
        // wp.atomic_add(particle_deltas, a, corr * w_a)                                          <L 48>
        var_47 = wp::mul(var_46, var_15);
        var_48 = wp::atomic_add(var_particle_deltas, var_8, var_47);
        // wp.atomic_sub(particle_deltas, b, corr * w_b)                                          <L 49>
        var_49 = wp::mul(var_46, var_18);
        var_50 = wp::atomic_sub(var_particle_deltas, var_12, var_49);
    }
}

