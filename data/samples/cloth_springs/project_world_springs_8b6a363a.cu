// Warp 1.19.0 cuda code for project_world_springs_8b6a363a.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// project_world_springs.py:4
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


// project_world_springs.py:4
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



extern "C" __global__ void project_world_springs_c880e48e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_spring_start,
    wp::array_t<wp::int32> var_world_spring_count,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_edge_particles,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_rest_distance,
    wp::array_t<wp::float32> var_constraint_compliance,
    wp::array_t<wp::float32> var_spring_max_stretch,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_lambda_sum,
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
        wp::int32* var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 2;
        wp::int32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        bool var_33;
        const wp::float32 var_34 = 0.0;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        const wp::float32 var_47 = 1e-06;
        bool var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32* var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        bool var_57;
        const wp::int32 var_58 = 0;
        wp::float32* var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32* var_63;
        wp::float32 var_64;
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
        // def project_world_springs(                                                             <L 10>
        // world, s = wp.tid()                                                                    <L 26>
        builtin_tid2d(var_0, var_1);
        // if s >= world_spring_count[world]:                                                     <L 27>
        var_2 = wp::address(var_world_spring_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 28>
            continue;
        }
        // spring = world_spring_start[world] + s                                                 <L 29>
        var_5 = wp::address(var_world_spring_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_1);
        // if spring_intact[spring] == 0:                                                         <L 30>
        var_8 = wp::address(var_spring_intact, var_6);
        var_11 = wp::load(var_8);
        var_10 = (var_11 == var_9);
        if (var_10) {
            // return                                                                             <L 31>
            continue;
        }
        // offset = world_particle_start[world]                                                   <L 33>
        var_12 = wp::address(var_world_particle_start, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // a = offset + edge_particles[2 * spring]                                                <L 34>
        var_16 = wp::mul(var_15, var_6);
        var_17 = wp::address(var_edge_particles, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::add(var_13, var_19);
        // b = offset + edge_particles[2 * spring + 1]                                            <L 35>
        var_21 = wp::mul(var_20, var_6);
        var_23 = wp::add(var_21, var_22);
        var_24 = wp::address(var_edge_particles, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::add(var_13, var_26);
        // w_a = particle_inv_mass[a]                                                             <L 36>
        var_27 = wp::address(var_particle_inv_mass, var_18);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // w_b = particle_inv_mass[b]                                                             <L 37>
        var_30 = wp::address(var_particle_inv_mass, var_25);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // if w_a == 0.0 or w_b == 0.0:                                                           <L 39>
        var_35 = (var_28 == var_34);
        var_33 = var_35;
        if (!var_33) {
            var_37 = (var_31 == var_36);
            var_33 = var_33 || var_37;
        }
        if (var_33) {
            // return                                                                             <L 40>
            continue;
        }
        // w_sum = w_a + w_b                                                                      <L 41>
        var_38 = wp::add(var_28, var_31);
        // x_a = particle_q[a]                                                                    <L 42>
        var_39 = wp::address(var_particle_q, var_18);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // x_b = particle_q[b]                                                                    <L 43>
        var_42 = wp::address(var_particle_q, var_25);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // d = x_a - x_b                                                                          <L 44>
        var_45 = wp::sub(var_40, var_43);
        // length = wp.length(d)                                                                  <L 45>
        var_46 = wp::length(var_45);
        // if length < 1.0e-6:                                                                    <L 46>
        var_48 = (var_46 < var_47);
        if (var_48) {
            // return                                                                             <L 47>
            continue;
        }
        // n = d / length                                                                         <L 48>
        var_49 = wp::div(var_45, var_46);
        // rest_length = rest_distance[spring]                                                    <L 49>
        var_50 = wp::address(var_rest_distance, var_6);
        var_52 = wp::load(var_50);
        var_51 = wp::copy(var_52);
        // err = length - rest_length                                                             <L 50>
        var_53 = wp::sub(var_46, var_51);
        // if err > spring_max_stretch[spring] * rest_length:                                     <L 52>
        var_54 = wp::address(var_spring_max_stretch, var_6);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_56, var_51);
        var_57 = (var_53 > var_55);
        if (var_57) {
            // spring_intact[spring] = 0                                                          <L 53>
            wp::array_store(var_spring_intact, var_6, var_58);
            // return                                                                             <L 54>
            continue;
        }
        // alpha_tilde = constraint_compliance[spring] / (delta_time * delta_time)                <L 55>
        var_59 = wp::address(var_constraint_compliance, var_6);
        var_60 = wp::mul(var_delta_time, var_delta_time);
        var_62 = wp::load(var_59);
        var_61 = wp::div(var_62, var_60);
        // lam = lambda_sum[spring]                                                               <L 56>
        var_63 = wp::address(var_lambda_sum, var_6);
        var_65 = wp::load(var_63);
        var_64 = wp::copy(var_65);
        // d_lambda = spring_delta_lambda(err, w_sum, lam, alpha_tilde)                           <L 57>
        var_66 = spring_delta_lambda_0(var_53, var_38, var_64, var_61);
        // lambda_sum[spring] = lam + d_lambda                                                    <L 58>
        var_67 = wp::add(var_64, var_66);
        wp::array_store(var_lambda_sum, var_6, var_67);
        // corr = n * d_lambda                                                                    <L 59>
        var_68 = wp::mul(var_49, var_66);
        // wp.atomic_add(particle_deltas, a, corr * w_a)                                          <L 61>
        var_69 = wp::mul(var_68, var_28);
        var_70 = wp::atomic_add(var_particle_deltas, var_18, var_69);
        // wp.atomic_sub(particle_deltas, b, corr * w_b)                                          <L 62>
        var_71 = wp::mul(var_68, var_31);
        var_72 = wp::atomic_sub(var_particle_deltas, var_25, var_71);
    }
}

