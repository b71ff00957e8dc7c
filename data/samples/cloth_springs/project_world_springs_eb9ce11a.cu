// Warp 1.19.0 cuda code for project_world_springs_eb9ce11a.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// project_world_springs.py:4
static CUDA_CALLABLE wp::float32 spring_delta_lambda_0(
    wp::float32 var_err,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde,
    wp::float32 var_gamma,
    wp::float32 var_rate)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def spring_delta_lambda(err: float, w_sum: float, lam: float, alpha_tilde: float, gamma: float, rate: float) -> float:       <L 5>
    // return (-err - alpha_tilde * lam - gamma * rate) / ((1.0 + gamma) * w_sum + alpha_tilde)       <L 7>
    var_0 = wp::neg(var_err);
    var_1 = wp::mul(var_alpha_tilde, var_lam);
    var_2 = wp::sub(var_0, var_1);
    var_3 = wp::mul(var_gamma, var_rate);
    var_4 = wp::sub(var_2, var_3);
    var_6 = wp::add(var_5, var_gamma);
    var_7 = wp::mul(var_6, var_w_sum);
    var_8 = wp::add(var_7, var_alpha_tilde);
    var_9 = wp::div(var_4, var_8);
    return var_9;
}


// project_world_springs.py:4
static CUDA_CALLABLE void adj_spring_delta_lambda_0(
    wp::float32 var_err,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde,
    wp::float32 var_gamma,
    wp::float32 var_rate,
    wp::float32 & adj_err,
    wp::float32 & adj_w_sum,
    wp::float32 & adj_lam,
    wp::float32 & adj_alpha_tilde,
    wp::float32 & adj_gamma,
    wp::float32 & adj_rate,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void project_world_springs_3397e6ab_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_spring_start,
    wp::array_t<wp::int32> var_world_spring_count,
    wp::array_t<wp::int32> var_particle_offsets,
    wp::array_t<wp::int32> var_edge_particles,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_prev,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_constraint_rest,
    wp::array_t<wp::float32> var_compliance,
    wp::array_t<wp::float32> var_spring_beta,
    wp::float32 var_time_step,
    wp::array_t<wp::float32> var_lambdas,
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
        wp::int32 var_1;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32* var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 1e-06;
        bool var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32* var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32>* var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        //---------
        // forward
        // def project_world_springs(                                                             <L 11>
        // world, s = wp.tid()                                                                    <L 27>
        builtin_tid2d(var_0, var_1);
        // if s >= world_spring_count[world]:                                                     <L 28>
        var_2 = wp::address(var_world_spring_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 29>
            continue;
        }
        // spring = world_spring_start[world] + s                                                 <L 30>
        var_5 = wp::address(var_world_spring_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_1);
        // offset = particle_offsets[world]                                                       <L 31>
        var_8 = wp::address(var_particle_offsets, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // a = offset + edge_particles[2 * spring]                                                <L 32>
        var_12 = wp::mul(var_11, var_6);
        var_13 = wp::address(var_edge_particles, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::add(var_9, var_15);
        // b = offset + edge_particles[2 * spring + 1]                                            <L 33>
        var_17 = wp::mul(var_16, var_6);
        var_19 = wp::add(var_17, var_18);
        var_20 = wp::address(var_edge_particles, var_19);
        var_22 = wp::load(var_20);
        var_21 = wp::add(var_9, var_22);
        // w_a = particle_inv_mass[a]                                                             <L 34>
        var_23 = wp::address(var_particle_inv_mass, var_14);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // w_b = particle_inv_mass[b]                                                             <L 35>
        var_26 = wp::address(var_particle_inv_mass, var_21);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // w_sum = w_a + w_b                                                                      <L 36>
        var_29 = wp::add(var_24, var_27);
        // if w_sum == 0.0:                                                                       <L 37>
        var_31 = (var_29 == var_30);
        if (var_31) {
            // return                                                                             <L 38>
            continue;
        }
        // x_a = particle_q[a]                                                                    <L 39>
        var_32 = wp::address(var_particle_q, var_14);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        // x_b = particle_q[b]                                                                    <L 40>
        var_35 = wp::address(var_particle_q, var_21);
        var_37 = wp::load(var_35);
        var_36 = wp::copy(var_37);
        // d = x_a - x_b                                                                          <L 41>
        var_38 = wp::sub(var_33, var_36);
        // length = wp.length(d)                                                                  <L 42>
        var_39 = wp::length(var_38);
        // if length < 1.0e-6:                                                                    <L 43>
        var_41 = (var_39 < var_40);
        if (var_41) {
            // return                                                                             <L 44>
            continue;
        }
        // n = d / length                                                                         <L 45>
        var_42 = wp::div(var_38, var_39);
        // rest_length = constraint_rest[spring]                                                  <L 46>
        var_43 = wp::address(var_constraint_rest, var_6);
        var_45 = wp::load(var_43);
        var_44 = wp::copy(var_45);
        // err = length - rest_length                                                             <L 47>
        var_46 = wp::sub(var_39, var_44);
        // alpha_tilde = compliance[spring] / (time_step * time_step)                             <L 48>
        var_47 = wp::address(var_compliance, var_6);
        var_48 = wp::mul(var_time_step, var_time_step);
        var_50 = wp::load(var_47);
        var_49 = wp::div(var_50, var_48);
        // lam = lambdas[spring]                                                                  <L 49>
        var_51 = wp::address(var_lambdas, var_6);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        // gamma = alpha_tilde * spring_beta[spring] * time_step                                  <L 50>
        var_54 = wp::address(var_spring_beta, var_6);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_49, var_56);
        var_57 = wp::mul(var_55, var_time_step);
        // rate = wp.dot(n, (x_a - particle_q_prev[a]) - (x_b - particle_q_prev[b]))              <L 51>
        var_58 = wp::address(var_particle_q_prev, var_14);
        var_60 = wp::load(var_58);
        var_59 = wp::sub(var_33, var_60);
        var_61 = wp::address(var_particle_q_prev, var_21);
        var_63 = wp::load(var_61);
        var_62 = wp::sub(var_36, var_63);
        var_64 = wp::sub(var_59, var_62);
        var_65 = wp::dot(var_42, var_64);
        // d_lambda = spring_delta_lambda(err, w_sum, lam, alpha_tilde, gamma, rate)              <L 52>
        var_66 = spring_delta_lambda_0(var_46, var_29, var_52, var_49, var_57, var_65);
        // lambdas[spring] = lam + d_lambda                                                       <L 53>
        var_67 = wp::add(var_52, var_66);
        wp::array_store(var_lambdas, var_6, var_67);
        // corr = n * d_lambda                                                                    <L 54>
        var_68 = wp::mul(var_42, var_66);
        // wp.atomic_add(particle_deltas, a, corr * w_a)                                          <L 55>
        var_69 = wp::mul(var_68, var_24);
        var_70 = wp::atomic_add(var_particle_deltas, var_14, var_69);
        // wp.atomic_sub(particle_deltas, b, corr * w_b)                                          <L 56>
        var_71 = wp::mul(var_68, var_27);
        var_72 = wp::atomic_sub(var_particle_deltas, var_21, var_71);
    }
}

