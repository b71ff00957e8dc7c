// Warp 1.19.0 cuda code for solve_world_springs_fed5f0da.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// solve_world_springs.py:4
static CUDA_CALLABLE wp::float32 spring_delta_lambda_0(
    wp::float32 var_err,
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
    // def spring_delta_lambda(err: float, w_sum: float, lam: float, alpha_tilde: float) -> float:       <L 5>
    // return (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)                              <L 6>
    var_0 = wp::neg(var_err);
    var_1 = wp::mul(var_alpha_tilde, var_lam);
    var_2 = wp::sub(var_0, var_1);
    var_3 = wp::add(var_w_sum, var_alpha_tilde);
    var_4 = wp::div(var_2, var_3);
    return var_4;
}


// solve_world_springs.py:4
static CUDA_CALLABLE void adj_spring_delta_lambda_0(
    wp::float32 var_err,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde,
    wp::float32 & adj_err,
    wp::float32 & adj_w_sum,
    wp::float32 & adj_lam,
    wp::float32 & adj_alpha_tilde,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void solve_world_springs_95a57d6f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_spring_offsets,
    wp::array_t<wp::int32> var_spring_counts,
    wp::array_t<wp::int32> var_edge_particles,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_rest_distance,
    wp::array_t<wp::float32> var_constraint_compliance,
    wp::array_t<wp::float32> var_spring_max_stretch,
    wp::float32 var_time_step,
    wp::array_t<wp::float32> var_lambdas,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_deltas,
    wp::array_t<wp::int32> var_spring_intact)
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
        wp::int32 var_1;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 2;
        wp::int32 var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32>* var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 1e-06;
        bool var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        bool var_54;
        const wp::int32 var_55 = 0;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32* var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        //---------
        // forward
        // def solve_world_springs(                                                               <L 10>
        // world, s = wp.tid()                                                                    <L 24>
        builtin_tid2d(var_0, var_1);
        // if s >= spring_counts[world]:                                                          <L 25>
        var_2 = wp::address(var_spring_counts, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 26>
            continue;
        }
        // spring = spring_offsets[world] + s                                                     <L 27>
        var_5 = wp::address(var_spring_offsets, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_1);
        // if spring_intact[spring] == 0:                                                         <L 28>
        var_8 = wp::address(var_spring_intact, var_6);
        var_11 = wp::load(var_8);
        var_10 = (var_11 == var_9);
        if (var_10) {
            // return                                                                             <L 29>
            continue;
        }
        // a = edge_particles[2 * spring]                                                         <L 30>
        var_13 = wp::mul(var_12, var_6);
        var_14 = wp::address(var_edge_particles, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // b = edge_particles[2 * spring + 1]                                                     <L 31>
        var_18 = wp::mul(var_17, var_6);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::address(var_edge_particles, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // w_a = particle_inv_mass[a]                                                             <L 32>
        var_24 = wp::address(var_particle_inv_mass, var_15);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // w_b = particle_inv_mass[b]                                                             <L 33>
        var_27 = wp::address(var_particle_inv_mass, var_22);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // w_sum = w_a + w_b                                                                      <L 34>
        var_30 = wp::add(var_25, var_28);
        // if w_sum == 0.0:                                                                       <L 35>
        var_32 = (var_30 == var_31);
        if (var_32) {
            // return                                                                             <L 36>
            continue;
        }
        // alpha = constraint_compliance[spring]                                                  <L 37>
        var_33 = wp::address(var_constraint_compliance, var_6);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // x_a = particle_q[a]                                                                    <L 38>
        var_36 = wp::address(var_particle_q, var_15);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // x_b = particle_q[b]                                                                    <L 39>
        var_39 = wp::address(var_particle_q, var_22);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // d = x_a - x_b                                                                          <L 40>
        var_42 = wp::sub(var_37, var_40);
        // length = wp.length(d)                                                                  <L 41>
        var_43 = wp::length(var_42);
        // if length < 1.0e-6:                                                                    <L 42>
        var_45 = (var_43 < var_44);
        if (var_45) {
            // return                                                                             <L 43>
            continue;
        }
        // n = d / length                                                                         <L 44>
        var_46 = wp::div(var_42, var_43);
        // rest_length = rest_distance[spring]                                                    <L 45>
        var_47 = wp::address(var_rest_distance, var_6);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // err = length - rest_length                                                             <L 46>
        var_50 = wp::sub(var_43, var_48);
        // if err > spring_max_stretch[spring] * rest_length:                                     <L 47>
        var_51 = wp::address(var_spring_max_stretch, var_6);
        var_53 = wp::load(var_51);
        var_52 = wp::mul(var_53, var_48);
        var_54 = (var_50 > var_52);
        if (var_54) {
            // spring_intact[spring] = 0                                                          <L 48>
            wp::array_store(var_spring_intact, var_6, var_55);
            // return                                                                             <L 49>
            continue;
        }
        // alpha_tilde = alpha / (time_step * time_step)                                          <L 50>
        var_56 = wp::mul(var_time_step, var_time_step);
        var_57 = wp::div(var_34, var_56);
        // lam = lambdas[spring]                                                                  <L 51>
        var_58 = wp::address(var_lambdas, var_6);
        var_60 = wp::load(var_58);
        var_59 = wp::copy(var_60);
        // d_lambda = spring_delta_lambda(err, w_sum, lam, alpha_tilde)                           <L 52>
        var_61 = spring_delta_lambda_0(var_50, var_30, var_59, var_57);
        // lambdas[spring] = lam + d_lambda                                                       <L 53>
        var_62 = wp::add(var_59, var_61);
        wp::array_store(var_lambdas, var_6, var_62);
        // corr = n * d_lambda                                                                    <L 54>
        var_63 = wp::mul(var_46, var_61);
        // wp.atomic_add(particle_deltas, a, corr * w_a)                                          <L 55>
        var_64 = wp::mul(var_63, var_25);
        var_65 = wp::atomic_add(var_particle_deltas, var_15, var_64);
        // wp.atomic_sub(particle_deltas, b, corr * w_b)                                          <L 56>
        var_66 = wp::mul(var_63, var_28);
        var_67 = wp::atomic_sub(var_particle_deltas, var_22, var_66);
    }
}

